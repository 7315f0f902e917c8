/** @jsxImportSource react */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { benchBox, mountAll } from '../bench-model';

/**
 * A composer box whose text lives in React state: the extension must insert text so that React
 * notices (a bare `value =` is lost on the next render). `#react-state` shows what React holds.
 */
function mountReact(element: HTMLElement): void {
  let value = '';
  const show = benchBox(element, () => {
    const box = element.querySelector('textarea');
    return { text: value, caret: box && box.selectionStart === box.selectionEnd ? box.selectionStart : null };
  });
  function ReactBox() {
    const [state, setState] = useState('');
    value = state;
    useEffect(show, [state]);
    const send = () => {
      if (!state.trim()) return;
      const item = document.createElement('li');
      item.textContent = state;
      document.getElementById('messages')?.append(item);
      setState('');
    };
    return (
      <div className="composer-row">
        <textarea id="react-input" aria-label={element.dataset.label} placeholder="Escreva uma mensagem..." value={state} onChange={(event) => setState(event.target.value)} />
        <button id="react-send" type="button" onClick={send}>
          Enviar
        </button>
      </div>
    );
  }
  createRoot(element).render(<ReactBox />);
}

mountAll('react', mountReact);
