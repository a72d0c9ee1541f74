// The passwords people pick first (leaked-list favourites, keyboard walks, digit runs, word+digits), lower-cased.

/** Words and names at the top of every leaked list, plus Indian favourites (our readers' first guesses, too). */
const WORDS = [
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'pass', 'passwd', 'secret', 'letmein', 'welcome', 'admin',
  'administrator', 'root', 'login', 'master', 'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'football',
  'baseball', 'basketball', 'soccer', 'hockey', 'cricket', 'superman', 'batman', 'spiderman', 'iloveyou', 'trustno1',
  'whatever', 'freedom', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'abc', 'abcd', 'abcdef',
  'abcdefgh', 'abcdefghij', 'computer', 'internet', 'michael', 'jennifer', 'jordan', 'hunter', 'charlie', 'thomas',
  'jessica', 'ashley', 'daniel', 'andrew', 'joshua', 'matthew', 'robert', 'william', 'george', 'harley', 'ranger',
  'buster', 'soccer', 'tigger', 'pepper', 'ginger', 'maggie', 'summer', 'winter', 'autumn', 'spring', 'flower',
  'orange', 'banana', 'apple', 'chocolate', 'cookie', 'cheese', 'pokemon', 'starwars', 'mustang', 'ferrari',
  'corvette', 'mercedes', 'killer', 'hello', 'helloworld', 'changeme', 'default', 'guest', 'test', 'tester',
  'testing', 'love', 'lovely', 'loveme', 'angel', 'baby', 'babygirl', 'family', 'friends', 'forever', 'lucky',
  'happy', 'smile', 'blessed', 'jesus', 'god', 'heaven', 'money', 'mylove', 'myspace', 'facebook', 'google',
  'youtube', 'twitter', 'instagram', 'samsung', 'iphone', 'nokia', 'microsoft', 'windows', 'linux', 'ubuntu',
  'oracle', 'mysql', 'server', 'access', 'security', 'private', 'qazwsx', 'zaq12wsx', 'q1w2e3r4', 'q1w2e3r4t5',
  'a1b2c3', 'a1b2c3d4', 'aa123456', 'abc123', 'abcd1234', 'india', 'bharat', 'hindustan', 'jaihind', 'mumbai',
  'delhi', 'newdelhi', 'kolkata', 'chennai', 'bangalore', 'bengaluru', 'hyderabad', 'pune', 'lucknow', 'jaipur',
  'krishna', 'radhekrishna', 'shiva', 'omnamahshivaya', 'ganesh', 'ganesha', 'hanuman', 'jaishriram', 'sairam',
  'rama', 'sita', 'durga', 'lakshmi', 'saraswati', 'allah', 'bismillah', 'waheguru', 'rahul', 'rohit', 'amit',
  'sachin', 'sachintendulkar', 'dhoni', 'msdhoni', 'virat', 'viratkohli', 'kohli', 'priya', 'pooja', 'neha',
  'anjali', 'sneha', 'deepak', 'suresh', 'ramesh', 'mahesh', 'rajesh', 'ankit', 'vikas', 'manish', 'sandeep',
  'kumar', 'sharma', 'singh', 'gupta', 'patel', 'mother', 'father', 'mummy', 'papa', 'maa', 'mylife',
  'bollywood', 'shahrukh', 'salman', 'charcha', 'comment', 'comments', 'news', 'reader', 'newspaper', 'samachar',
  'dilse', 'pyaar', 'pyar', 'dosti', 'jaan', 'meri', 'mera', 'bhai', 'yaar', 'qwertz', 'azerty',
  'iloveu', 'ilovegod', 'ilovemom', 'ilovemyfamily', 'ilovemyindia', 'letmein1', 'welcome1', 'nothing', 'secure',
  'superstar', 'rockstar', 'legend', 'king', 'queen', 'prince', 'star', 'tiger', 'lion', 'eagle', 'falcon',
  'phoenix', 'matrix', 'ninja', 'wizard', 'magic', 'thunder', 'diamond', 'silver', 'golden', 'gold', 'purple',
  'yellow', 'black', 'white', 'green', 'blue', 'red', 'pink', 'password!', 'monday', 'friday', 'sunday', 'january',
  'december', 'august', 'october', 'november', 'september',
];

/** What people append to a word: digits, years, a bang. */
const SUFFIXES = [
  '', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '01', '007', '69', '99',
  '786', '143', '!', '1!', '123!', '@123', '@1234', '@12345', '@123456', '#123', '_123', '2020', '2021', '2022', '2023', '2024', '2025',
  '2026', '@2024', '@2025', '@2026', '1990', '1995', '2000',
];

/** Keyboard walks and sequences, whole or as the prefixes people stop at. */
const WALKS = [
  '1234567890', '0987654321', '12345678910', '1234554321', '123123123', '123321123', '112233445566', '1q2w3e4r5t',
  '1q2w3e4r5t6y', '1qaz2wsx', '1qaz2wsx3edc', '1qazxsw2', 'qazwsxedc', 'qazwsxedcrfv', 'zaq1xsw2cde3', 'qwertyuiop',
  'qwertyuiop[]', 'asdfghjkl', 'asdfghjkl;', 'zxcvbnm,./', 'qwerty123', 'qwerty12345', 'qwertyuiop123', '!@#$%^&*()',
  '!qaz@wsx', '!qaz2wsx', 'qwer1234', 'asdf1234', 'zxcv1234', 'abcdefghijklmnopqrstuvwxyz', 'zyxwvutsrqponmlkjihgfedcba',
  'poiuytrewq', 'lkjhgfdsa', 'mnbvcxz', 'qweasdzxc', 'qweasdzxc123', '147258369', '159753', '159357', '741852963',
  '963852741', '789456123', '123456789a', 'a123456789', '1234567890a', 'password1234567890', '0123456789',
];

function variants(): string[] {
  const out: string[] = [];
  for (const w of WORDS) {
    for (const s of SUFFIXES) out.push(w + s);
    out.push(w + w, w.charAt(0).toUpperCase() + w.slice(1), `${w}@123`, `my${w}`, `i love ${w}`, `ilove${w}`);
  }
  for (const walk of WALKS) for (let n = 6; n <= walk.length; n++) out.push(walk.slice(0, n));
  // One character, or one short group, repeated to any usual length: 1111111111, aaaaaaaaaa, 1212121212, abcabcabca.
  for (const unit of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'x', 'z', 'q', '12', '123', '1234', 'ab', 'abc', 'qwe', 'asd', '69', '007']) {
    for (let n = 6; n <= 20; n++) out.push(unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
  }
  return out;
}

/** Lower-cased; compare with password.trim().toLowerCase(). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(variants().map((p) => p.toLowerCase()));
