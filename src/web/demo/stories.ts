// The demo news site's articles. Written for Charcha: the first from public facts, the others invented as samples.

export interface DemoStory {
  slug: string;
  section: string;
  title: string;
  standfirst: string;
  byline: string;
  dateline: string;
  /** Named people and organisations, handed to the widget for the moderation engine. */
  entities: string[];
  paragraphs: string[];
}

export const stories: DemoStory[] = [
  {
    slug: 'kremlin-kyiv-dialogue-istanbul',
    section: 'World',
    title: 'Kremlin says Kyiv is avoiding dialogue; Lukashenko offers to meet Zelensky',
    standfirst:
      'Three rounds of talks in Istanbul have produced prisoner exchanges but little movement on a ceasefire, as both sides restate positions that remain far apart.',
    byline: 'Charcha Demo World Desk',
    dateline: 'Moscow / Kyiv',
    entities: ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'],
    paragraphs: [
      'Kremlin spokesman Dmitry Peskov has accused Ukraine of being unwilling to pursue dialogue, saying Kyiv has not followed through on the understanding reached in Istanbul to set up working groups between the two delegations.',
      'The working groups were meant to carry the negotiations forward between formal rounds. According to Moscow, they have yet to meet in the form that was agreed. Kyiv has in turn accused Russia of using the talks to buy time while fighting continues.',
      'Separately, Belarusian President Alexander Lukashenko said he was ready to talk to Ukrainian President Volodymyr Zelensky. Minsk, a close ally of Moscow, has presented itself before as a possible venue for contacts, an idea Kyiv has so far treated with caution.',
      'Three rounds of direct talks have now been held in Türkiye, all in Istanbul. Their most concrete result has been a series of prisoner exchanges, along with the return of the bodies of fallen soldiers. Both governments have described the exchanges as a humanitarian step rather than a sign of a wider settlement.',
      'On the substance, the gap remains wide. Russia insists that any agreement must recognise what it calls the "realities on the ground", meaning the territory its forces now hold. Ukraine is demanding an unconditional ceasefire first, followed by security guarantees that would deter a renewed attack.',
      'Diplomats involved in the process say the humanitarian track is likely to continue regardless of the political deadlock. Whether the working groups meet, and whether a meeting at the level of leaders becomes possible, is the question the next round will have to answer.',
    ],
  },
  {
    slug: 'night-metro-trial',
    section: 'City',
    title: 'Night metro trial to run until 1 a.m. on two lines from next month',
    standfirst: 'A three-month trial will test whether late services can replace the last-mile auto queue outside stations after midnight.',
    byline: 'Charcha Demo City Reporter',
    dateline: 'Sample city',
    entities: ['Metro Rail Corporation'],
    paragraphs: [
      'This is a sample story on the Charcha demonstration site; the city and the figures are invented.',
      'The Metro Rail Corporation will extend services on its two busiest lines until 1 a.m. for a three-month trial, with trains every 15 minutes after 11 p.m.',
      'Officials said the trial was a response to shift workers, hospital staff and students who finish late and currently depend on scarce and expensive road transport. Station security and cleaning will move to a staggered schedule to cover the extra hours.',
      'The corporation will publish ridership figures for the late services every month and decide in the spring whether to make them permanent.',
    ],
  },
  {
    slug: 'school-library-reading-hour',
    section: 'Education',
    title: 'District schools add a daily reading hour, in Hindi and English',
    standfirst: 'Libraries will stay open after classes, and older students will read with younger ones twice a week.',
    byline: 'Charcha Demo Education Desk',
    dateline: 'Sample district',
    entities: ['District Education Office'],
    paragraphs: [
      'This is a sample story on the Charcha demonstration site; the district and its plans are invented.',
      'The District Education Office has asked every government school to set aside one hour a day for reading, with books in both Hindi and English, starting this term.',
      'School libraries will remain open for an hour after classes. Twice a week, students from the senior classes will read aloud with primary pupils, a scheme teachers say has improved fluency in pilot schools.',
      'Parents can borrow books for younger children on a family card. The office plans to survey reading levels at the end of the year.',
    ],
  },
];

export const DEMO_SITE_NAME = 'Charcha Demo';

/** The notice under every article: the footer of DESIGN.md with this site's name. */
export const siteNotice = (site: string) =>
  `The opinions posted here do not belong to ${site}. The author is solely responsible for the opinions. ` +
  'As per the IT policy of the Central Government, insults against an individual, community, religion or country, ' +
  'defamatory and inflammatory remarks, obscene and vulgar language are punishable offenses. ' +
  'Legal action will be taken for such expressions of opinion.';
