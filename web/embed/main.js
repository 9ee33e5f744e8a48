// AI Sequencing Diagnostic: the embed loader, bundled by the build into the one shipped
// file, embed.js (see ARCHITECTURE.md, "Build pipeline").
//
// Paste into any page (see README, "Embed it"):
//   <div id="ai-diagnostic"></div>
//   <script type="module" src="https://example.com/ai-diagnostic/embed.js"
//           data-target="#ai-diagnostic"></script>
//
// embed.js stays tiny: it finds its own <script> tags, gives each target an open shadow
// root, and loads the Wasm, its JS glue and the stylesheet from its own directory only
// when a widget comes near the viewport (or at once with data-load="eager"). It adds
// nothing to the page's globals but one symbol-keyed registry. element.js (element.js
// here) is bundled from the same modules; the two share that registry.
import { makePolicy } from './trusted-types.js';
import { setUpScriptTags } from './script-tags.js';

performance.mark('aisd:script-start');
makePolicy();
setUpScriptTags();
