// The staff rich-text editor for item bodies (TipTap / ProseMirror), loaded by the item form. Progressive enhancement:
// the page works with the plain <textarea>; this script replaces it with an editor whose schema is the server
// sanitiser's allow-list (paragraphs, h2–h4, bold, italic, underline, lists, tables, links, line breaks), so what staff
// see while typing or pasting from Word is what the portal will show. The textarea stays in the form and receives the
// HTML on every change, so the form posts exactly as before. No inline style or script: CSS lives in site.css.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';

// Plain text (typed before the editor loaded, or stored by an old version) keeps its paragraphs and line breaks.
function toHtml(value) {
  if (/<[a-zA-Z!/]/.test(value)) {
    return value;
  }
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return value.split(/\r?\n\s*\r?\n/).filter((p) => p.trim() !== '')
    .map((p) => '<p>' + p.split(/\r?\n/).map(escape).join('<br>') + '</p>').join('');
}

const buttons = [
  { command: 'bold', label: '加粗', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold') },
  { command: 'italic', label: '斜体', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic') },
  { command: 'underline', label: '下划线', run: (c) => c.toggleUnderline(), active: (e) => e.isActive('underline') },
  { command: 'paragraph', label: '正文', run: (c) => c.setParagraph(), active: (e) => e.isActive('paragraph') },
  { command: 'h2', label: '标题', run: (c) => c.toggleHeading({ level: 2 }), active: (e) => e.isActive('heading', { level: 2 }) },
  { command: 'h3', label: '小标题', run: (c) => c.toggleHeading({ level: 3 }), active: (e) => e.isActive('heading', { level: 3 }) },
  { command: 'bullet-list', label: '项目符号', run: (c) => c.toggleBulletList(), active: (e) => e.isActive('bulletList') },
  { command: 'ordered-list', label: '编号', run: (c) => c.toggleOrderedList(), active: (e) => e.isActive('orderedList') },
  { command: 'insert-table', label: '插入表格', run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }) },
  { command: 'add-row', label: '加一行', run: (c) => c.addRowAfter(), table: true },
  { command: 'add-column', label: '加一列', run: (c) => c.addColumnAfter(), table: true },
  { command: 'delete-row', label: '删除行', run: (c) => c.deleteRow(), table: true },
  { command: 'delete-table', label: '删除表格', run: (c) => c.deleteTable(), table: true },
  { command: 'undo', label: '撤销', run: (c) => c.undo() },
  { command: 'redo', label: '重做', run: (c) => c.redo() },
];

function enhance(textarea) {
  const wrapper = document.createElement('div');
  wrapper.className = 'rte';
  const toolbar = document.createElement('div');
  toolbar.className = 'rte-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', '正文格式');
  const surface = document.createElement('div');
  surface.className = 'rte-surface';
  wrapper.append(toolbar, surface);
  textarea.before(wrapper);
  textarea.hidden = true;

  const label = document.querySelector(`label[for="${textarea.id}"]`);
  const editor = new Editor({
    element: surface,
    injectCSS: false,
    content: toHtml(textarea.value),
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    editorProps: {
      attributes: {
        class: 'rich-text rte-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-label': label.textContent.trim() } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? '' : e.getHTML();
    },
  });
  if (label) {
    label.addEventListener('click', () => editor.commands.focus());
  }

  const refresh = () => {
    for (const b of toolbar.querySelectorAll('button')) {
      const spec = buttons.find((x) => x.command === b.dataset.command);
      if (spec.active) {
        b.setAttribute('aria-pressed', String(spec.active(editor)));
      }
      if (spec.table) {
        b.disabled = !editor.isActive('table');
      }
    }
  };
  for (const spec of buttons) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'rte-button';
    b.dataset.command = spec.command;
    b.textContent = spec.label;
    // mousedown would move the focus (and the selection) out of the editor before the command runs.
    b.addEventListener('mousedown', (event) => event.preventDefault());
    b.addEventListener('click', () => {
      spec.run(editor.chain().focus()).run();
      refresh();
    });
    toolbar.append(b);
  }
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);
  refresh();
}

for (const textarea of document.querySelectorAll('textarea[data-rich-text]')) {
  enhance(textarea);
}
