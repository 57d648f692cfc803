import { earlyInput } from './earlyInput.ts';
import { asPrerendered, paintFirstFrame } from './firstFrame.ts';
import './ui/styles/index.css';

// The page's first script: small, so the first frame does not wait for the whole app. On the
// default page it shows the markup the build prerendered and draws both graphs into it, lets the
// browser paint that, and only then loads the app, which takes the page over as it stands.
const root = document.getElementById('root')!;
if (asPrerendered(root, window) && paintFirstFrame(root)) {
  root.dataset.prerendered = 'shown';
  earlyInput.start(window);
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
} else {
  root.replaceChildren();
  delete root.dataset.prerendered;
}
await import('./main.tsx');
