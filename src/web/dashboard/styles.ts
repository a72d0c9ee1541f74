// The dashboard's stylesheet: dense, readable rows; a visible cursor; label colours shared by chips and marks.
export const css = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari",sans-serif;color:#1a202c;background:#f4f5f7}
a{color:#2b6cb0}button{font:inherit;padding:.3rem .7rem;border:1px solid #cbd5e0;border-radius:4px;background:#fff;cursor:pointer}button:hover{background:#edf2f7}
input,select,textarea{font:inherit;padding:.3rem .45rem;border:1px solid #cbd5e0;border-radius:4px;background:#fff}
kbd{font:12px ui-monospace,monospace;border:1px solid #cbd5e0;border-bottom-width:2px;border-radius:3px;padding:0 .3rem;background:#fff}
header{display:flex;gap:1.2rem;align-items:center;padding:.6rem 1.2rem;background:#1a365d;color:#fff}header a{color:#e2e8f0;text-decoration:none;padding:.2rem .5rem;border-radius:4px}
header a.active{background:#2c5282;color:#fff}header nav{display:flex;gap:.3rem}.who{margin-left:auto;font-size:13px}.who button{margin-left:.5rem;padding:.1rem .5rem}
main{padding:1rem 1.2rem 4rem;max-width:80rem}
.signin{display:grid;place-items:center;min-height:90vh}.signin form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.08);display:grid;gap:.8rem;width:22rem}
.signin label{display:grid;gap:.2rem}.signin h1{font-size:1.2rem;margin:0 0 .5rem}.error{color:#c53030;margin:0}
.tabs{display:flex;gap:.25rem;margin-bottom:.6rem;flex-wrap:wrap}.tabs a{padding:.3rem .7rem;border-radius:4px 4px 0 0;text-decoration:none;background:#e2e8f0;color:#2d3748;text-transform:capitalize}
.tabs a.active{background:#fff;font-weight:600;box-shadow:0 -2px 0 #2b6cb0 inset}.count{display:inline-block;margin-left:.35rem;background:#2b6cb0;color:#fff;border-radius:9px;padding:0 .4rem;font-size:11px}
.filters{display:flex;gap:.5rem;align-items:center;margin-bottom:.6rem;flex-wrap:wrap}.hint{color:#4a5568;font-size:12px}.muted{color:#4a5568;font-size:12px}
.rows{list-style:none;margin:0;padding:0;display:grid;gap:.4rem}.row{display:flex;gap:.6rem;background:#fff;border:1px solid #e2e8f0;border-left:4px solid transparent;border-radius:4px;padding:.55rem .7rem;cursor:pointer}
.row.current{border-left-color:#2b6cb0;box-shadow:0 0 0 2px rgba(43,108,176,.25)}.row.selected{background:#ebf8ff}.row .main{flex:1;min-width:0}
.risk{flex:0 0 6px;min-height:3rem;display:flex;flex-direction:column;justify-content:flex-end;background:#edf2f7;border-radius:3px;overflow:hidden}.risk span{display:block;background:#e53e3e}
.meta{display:flex;gap:.35rem;flex-wrap:wrap;align-items:center;font-size:12px}.rule{font:11px ui-monospace,monospace;color:#4a5568}
.chip{border-radius:10px;padding:0 .45rem;background:#edf2f7;font-size:11px}.chip.rep{background:#fed7d7}.chip.feat{background:#fefcbf}.chip.sel{background:#bee3f8}.chip.target{background:#e9d8fd}
.status{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;padding:0 .4rem;border-radius:3px;background:#e2e8f0}
.s-approved{background:#c6f6d5}.s-review,.s-pending{background:#fefcbf}.s-rejected{background:#fed7d7}.s-removed{background:#e9d8fd}
.body{margin:.3rem 0;white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate}
.bidi-mark{font:600 .7em/1 ui-monospace,monospace;color:#9a3412;border:1px solid currentColor;border-radius:3px;padding:0 .15em;margin:0 .1em}
.byline{font-size:12px;color:#4a5568}
mark{background:#feebc8;border-bottom:2px solid #dd6b20;padding:0 1px}mark.l-insult{background:#fed7d7;border-color:#c53030}mark.l-defamation{background:#e9d8fd;border-color:#6b46c1}
mark.l-inflammatory{background:#feb2b2;border-color:#9b2c2c}mark.l-obscene{background:#fbb6ce;border-color:#b83280}mark.l-vulgar{background:#feebc8;border-color:#dd6b20}
.chip.l-insult{background:#fed7d7}.chip.l-defamation{background:#e9d8fd}.chip.l-inflammatory{background:#feb2b2}.chip.l-obscene{background:#fbb6ce}.chip.l-vulgar{background:#feebc8}
.empty{padding:2rem;text-align:center;color:#4a5568;background:#fff;border-radius:4px}
.overlay{position:fixed;inset:0;background:rgba(26,32,44,.45);display:grid;place-items:center;z-index:10}.dialog{background:#fff;border-radius:8px;padding:1.2rem 1.5rem;min-width:24rem;max-width:90vw}
.dialog h2{font-size:1.05rem;margin-top:0}.reasons{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:.3rem}.reasons button{width:100%;text-align:left}
.dialog label{display:grid;gap:.2rem;margin-top:.6rem}.keys td{padding:.15rem .6rem}
.toast{position:fixed;bottom:.75rem;right:.75rem;max-width:min(28rem,calc(100vw - 1.5rem));background:#1a202c;color:#fff;padding:.5rem 1rem;border-radius:6px;font-size:13px;pointer-events:none;z-index:5}.toast:empty{display:none}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.8rem 1rem;margin-bottom:.8rem}.card h3{margin:.2rem 0 .5rem;font-size:.95rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(24rem,100%),1fr));gap:.8rem}.actions{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin-top:.4rem}
.actions input{width:4.5rem}.kv th{text-align:left;padding-right:.8rem;font-weight:500;color:#4a5568}.kv td{padding:.1rem 0}.spans{padding-left:1rem}
.mini{border-left:3px solid #e2e8f0;padding-left:.6rem;margin:.4rem 0}.appeal-note{background:#f7fafc;border-left:3px solid #2b6cb0;padding:.3rem .6rem}
.note{display:flex;gap:.5rem;align-items:center;margin-bottom:.6rem}.note input{flex:1;max-width:30rem}
.settings fieldset{background:#fff;border:1px solid #e2e8f0;border-radius:6px;margin-bottom:1rem;padding:1rem;display:grid;gap:.7rem}.settings legend{font-weight:600}
.settings textarea{width:100%}.two{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.two label{display:grid;gap:.2rem}.check{display:flex;gap:.4rem;align-items:center}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(540px,100%),1fr));gap:1rem}.chart{background:#fff;border:1px solid #e2e8f0;border-radius:6px;margin:0;padding:.6rem}
.chart figcaption{font-weight:600;margin-bottom:.3rem}
.log{width:100%;border-collapse:collapse;background:#fff;font-size:13px;margin:.6rem 0}.log th,.log td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #edf2f7}
.log th{background:#f7fafc}.ok{color:#276749;font-weight:600}button.small{padding:0 .4rem;font-size:12px}
.gh{font-size:1.1rem;margin:.2rem 0 .6rem}.board{list-style:none;margin:0;padding:0;display:grid;gap:.4rem}
.g a{display:grid;gap:.15rem;padding:.7rem .8rem;min-height:44px;background:#fff;border:1px solid #e2e8f0;border-left:6px solid #cbd5e0;border-radius:4px;color:inherit;text-decoration:none;overflow-wrap:anywhere}
.g a:focus-visible{outline:3px solid #2b6cb0;outline-offset:1px}.g-breached a{border-left-color:#c53030;background:#fff5f5}.g-amber a{border-left-color:#dd6b20;background:#fffaf0}
.g-yellow a{border-left-color:#d69e2e;background:#fffff0}.g-ok a{border-left-color:#38a169}.gc{color:#4a5568}.gd{font-size:13px}
.badge{font-size:11px;font-weight:600;padding:0 .4rem;border-radius:3px;background:#e2e8f0}.b-breached{background:#c53030;color:#fff}.b-amber{background:#dd6b20;color:#fff}.b-yellow{background:#ecc94b}.b-ok{background:#c6f6d5}
.gdetail{max-width:48rem}.gdetail .wrap{overflow-wrap:anywhere}.decide{display:grid;gap:.6rem;background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.8rem;margin-top:1rem}
.decide label{display:grid;gap:.2rem}.decide .check{display:flex}.decide textarea{width:100%}.letter,.complaint{background:#fff;border:1px solid #e2e8f0;padding:.5rem .7rem;border-radius:4px}
.row-actions{display:flex;gap:.4rem;flex-wrap:wrap;margin-top:.35rem}.row-actions button{min-height:36px;min-width:4.5rem}
.scroll{overflow-x:auto;max-width:100%}.search input{flex:1 1 11rem;min-width:0}
.story h3{overflow-wrap:anywhere}.story .url{overflow-wrap:anywhere;margin:0 0 .4rem}.story .status.closed{background:#fed7d7}.story input[type=number]{width:5rem}
.note-body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.2rem 0}.person h3,.person .url{overflow-wrap:anywhere}
.settings-inline{display:grid;gap:.5rem;margin-top:.5rem}.settings-inline label{display:grid;gap:.2rem}.story details summary{cursor:pointer;color:#2b6cb0}
@media (max-width:640px){header{flex-wrap:wrap;gap:.4rem;padding:.5rem .6rem}header nav{flex-wrap:wrap}.who{margin-left:0}main{padding:.6rem .6rem 4rem}.dialog{min-width:0}
.row-actions button{min-height:44px;flex:1}fieldset{min-width:0}table.kv{display:block;overflow-x:auto;max-width:100%}.two{grid-template-columns:1fr}.reasons{grid-template-columns:1fr}.signin form{width:calc(100vw - 1.5rem)}.filters>*{max-width:100%}}
.bad{color:#9b2c2c;font-weight:600}.wait{color:#975a16}
`;
