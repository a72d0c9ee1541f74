// The widget's stylesheet, scoped by the shadow root so neither the page nor the widget leaks styles; the host page's
// font family is inherited (a publisher's typeface), and dark colours come from dark.ts.
import { darkCss } from './dark';

export const css = `
:host{all:initial;display:block;color:#1d1d1f;font-family:inherit;font-size:16px;line-height:1.5}
*{box-sizing:border-box}
.charcha{margin:2rem 0}
h2{font-weight:700;font-size:1.35rem;line-height:1.2;margin:0 0 .75rem;border-top:3px solid #1d1d1f;padding-top:.6rem}
.notice{background:#f6f3ea;border-left:4px solid #8a6d1d;padding:.6rem .8rem;margin:0 0 1rem;font-size:.875rem;color:#3b3b3b}
.notice p{margin:0}
label{display:block;font-weight:600;font-size:.9rem;margin:.4rem 0 .2rem}
label.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
label.check input{margin-top:.3rem}
input,select,textarea{font:inherit;color:inherit;border:1px solid #9a9a9a;border-radius:4px;padding:.45rem .55rem;background:#fff}
input:not([type=checkbox]),textarea{display:block;width:100%}
textarea{resize:vertical;min-height:3rem}
button{font:inherit;font-size:.9rem;cursor:pointer;border:1px solid #1d1d1f;background:#1d1d1f;color:#fff;border-radius:4px;padding:.4rem .8rem;min-height:2.25rem}
button:disabled{opacity:.45;cursor:not-allowed}
button.ghost,.actions button,.more{background:#fff;color:#1d1d1f}
button.link{border:0;background:none;color:#0b57d0;text-decoration:underline;padding:.25rem;min-height:0}
button[aria-pressed=true]{background:#fdebd3;border-color:#b45309;color:#7c2d12}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
.grow{flex:1}
.count{font-size:.8rem;color:#555}
.count.over,.warn,.error{color:#b3261e}
.error:empty{margin:0}
.error{margin:.5rem 0;font-weight:600}
.auth,.gate,.composer{margin-bottom:1rem}
.lead,.muted,.who{color:#555;font-size:.9rem}
.nudge{margin-top:.5rem;padding:.5rem .7rem;border:1px solid #e0a800;background:#fff8e1;border-radius:4px;font-size:.9rem}
.nudge p{margin:.2rem 0}
.nudge:focus{outline:3px solid #0b57d0;outline-offset:2px}
.nudge .consequence{color:#7a2e0e}
.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;padding:0;margin:.3rem 0}
.tags li{background:#b3261e;color:#fff;border-radius:999px;padding:0 .55rem;font-size:.78rem}
.tags li.target{background:#5b4b8a}
mark{background:#ffd6d1;border-bottom:2px solid #b3261e;color:inherit}
mark small{font-size:.7rem;color:#b3261e;font-weight:600}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:space-between;align-items:center;border-bottom:1px solid #ddd;padding:.3rem 0;margin:1rem 0 .5rem}
.toolbar label{display:inline;font-weight:400;margin:0}
.mode{font-size:.75rem;color:#555}
.mode.live::before{content:"";display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background:#1a7f37;margin-right:.3rem}
ol{list-style:none;margin:0;padding:0}
.replies{margin-left:1.25rem;padding-left:.75rem;border-left:2px solid #e5e5e5}
.replies.flat{margin-left:0}
.comment article{padding:.7rem 0;border-bottom:1px solid #eee}
.comment.mine>article{background:linear-gradient(90deg,#f3f7ff,transparent 60%)}
header{display:flex;flex-wrap:wrap;gap:.1rem .6rem;align-items:baseline}
time,.muted{color:#666;font-size:.8rem}
.body{margin:.3rem 0;white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate}
.bidi-mark{font:600 .7em/1 ui-monospace,monospace;color:#9a3412;border:1px solid currentColor;border-radius:3px;padding:0 .15em;margin:0 .1em}
.body a{color:#0b57d0}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.hint{font-size:.8rem;color:#555}
.permalink{font-size:.8rem;color:#0b57d0;align-self:center}
.comment.target>article{background:#fff8d6;outline:2px solid #e0a800;outline-offset:2px}
.actions button{font-size:.8rem;min-height:2rem;padding:.2rem .6rem;border-color:#bbb}
.badge{font-size:.72rem;border-radius:3px;padding:0 .4rem;font-weight:600}
.badge.held{background:#fff1c2;color:#6b4e00}
.badge.gone{background:#fde2e1;color:#8c1d18}
.badge.featured{background:#e6f0ff;color:#0b3d91}
.views{display:flex;gap:.3rem}
.views button{font-size:.8rem;min-height:2rem;padding:.2rem .6rem;border-color:#bbb}
.report{margin:.5rem 0;padding:.5rem;border:1px solid #ddd;border-radius:4px}
.ok{color:#1a7f37;font-size:.9rem}
.more{display:block;margin:1rem auto}
.foot{margin:1rem 0 0;font-size:.8rem;text-align:right}.legal{font-size:.8rem;align-self:center}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.replies{margin-left:.5rem;padding-left:.5rem}}
${darkCss}`;
