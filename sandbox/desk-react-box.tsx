/** @jsxImportSource react */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * A composer box whose text lives in React state, like the real Desk's: the extension must insert
 * text so that React notices (a bare `value =` is lost on the next render). `#react-state` shows
 * what React saw. Bundled for the desk page at `/desk-react.js`.
 */
export function ReactBox() {
  const [value, setValue] = useState('');
  const send = () => {
    if (!value.trim()) return;
    const item = document.createElement('li');
    item.textContent = value;
    document.getElementById('messages')?.append(item);
    setValue('');
  };
  return (
    <>
      <div className="composer-row">
        <textarea id="react-input" aria-label="Mensaje (React)" placeholder="Escreva uma mensagem..." value={value} onChange={(event) => setValue(event.target.value)} />
        <button id="react-send" type="button" onClick={send}>
          Enviar
        </button>
      </div>
      <p className="state">
        Estado de React: <output id="react-state" htmlFor="react-input">{value}</output>
      </p>
    </>
  );
}

const root = typeof document === 'undefined' ? null : document.getElementById('react-root');
if (root) createRoot(root).render(<ReactBox />);
