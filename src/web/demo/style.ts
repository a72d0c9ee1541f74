// Stylesheet of the demo news site: a plain newspaper look that works from 360 px up.
export const demoCss = `
*{box-sizing:border-box}
body{margin:0;background:#fbfaf7;color:#1d1d1f;font:18px/1.6 Georgia,"Times New Roman","Noto Serif Devanagari",serif}
a{color:inherit}
.mast{border-bottom:4px double #1d1d1f;text-align:center;padding:1.2rem 1rem .6rem;background:#fff}
.mast a{text-decoration:none}
.mast h1{margin:0;font-size:clamp(2rem,7vw,3.2rem);letter-spacing:.02em;font-weight:700}
.mast p{margin:.2rem 0 0;font:600 .75rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.12em;color:#555}
main{max-width:760px;margin:0 auto;padding:1.5rem 1rem 3rem}
.kicker{font:700 .75rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.1em;color:#a61b1b}
.list{list-style:none;padding:0;margin:0}
.list li{padding:1.1rem 0;border-bottom:1px solid #ddd}
.list h2{margin:.35rem 0;font-size:1.5rem;line-height:1.25}
.list h2 a{text-decoration:none}
.list h2 a:hover,.list h2 a:focus-visible{text-decoration:underline}
.list p{margin:0;color:#444}
article h1{font-size:clamp(1.6rem,5vw,2.4rem);line-height:1.2;margin:.4rem 0 .6rem}
.standfirst{font-size:1.15rem;color:#333;margin:0 0 .8rem}
.byline{font:.8rem/1.4 system-ui,sans-serif;color:#555;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:.4rem 0;margin-bottom:1.2rem}
article p{margin:0 0 1rem}
.notice{font:.8rem/1.5 system-ui,sans-serif;color:#444;border:1px solid #d8d2c0;background:#f6f3ea;padding:.7rem .9rem;margin:2rem 0 0}
.embed{font:.8rem/1.4 system-ui,sans-serif;background:#fff;border:1px dashed #bbb;padding:.8rem;margin-top:2rem}
.embed code{display:block;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.75rem;background:#f4f4f4;padding:.5rem;margin-top:.4rem}
footer.site{text-align:center;font:.75rem system-ui,sans-serif;color:#666;padding:1rem;border-top:1px solid #ddd}
html[data-theme=dark] body{background:#0f1011;color:#e8e6e3}
html[data-theme=dark] .mast{background:#16171a;border-bottom-color:#e8e6e3}
html[data-theme=dark] .mast p,html[data-theme=dark] .byline,html[data-theme=dark] footer.site{color:#b8b8b8}
html[data-theme=dark] .standfirst,html[data-theme=dark] .list p{color:#d0d0d0}
html[data-theme=dark] .kicker{color:#ff8a80}
@media (prefers-color-scheme: dark){
html:not([data-theme=light]) body{background:#0f1011;color:#e8e6e3}
html:not([data-theme=light]) .mast{background:#16171a;border-bottom-color:#e8e6e3}
html:not([data-theme=light]) .mast p,html:not([data-theme=light]) .byline,html:not([data-theme=light]) footer.site{color:#b8b8b8}
html:not([data-theme=light]) .standfirst,html:not([data-theme=light]) .list p{color:#d0d0d0}
html:not([data-theme=light]) .kicker{color:#ff8a80}
}
`;
