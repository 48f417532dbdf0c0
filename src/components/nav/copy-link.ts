/**
 * Following a heading's link also copies the section's address, and says so to screen readers
 * (the page still moves to the section, as without JavaScript).
 */
const COPIED_MS = 2000;

function enableCopying() {
  const announcer = document.createElement('p');
  announcer.setAttribute('role', 'status');
  announcer.className = 'visually-hidden';
  (document.querySelector('main') ?? document.body).append(announcer);

  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-link');
    if (!link || !navigator.clipboard) return;
    try {
      await navigator.clipboard.writeText(link.href);
    } catch {
      return; // Copying is refused (no permission, insecure page): the link still works.
    }
    link.dataset['copied'] = '';
    announcer.textContent = link.dataset['copiedText'] ?? '';
    setTimeout(() => {
      delete link.dataset['copied'];
      announcer.textContent = '';
    }, COPIED_MS);
  });
}

// Every page loads this module; only pages with heading links need the announcer.
if (document.querySelector('a.heading-link')) enableCopying();
