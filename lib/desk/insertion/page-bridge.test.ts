import { describe, expect, it } from 'vitest';
import { BRIDGE } from './bridge-protocol';
import { acceptPageBridge } from './page-helper';
import { offerPageBridge } from './page-bridge';

describe('the channel to the page-world helper', () => {
  it('connects whichever script starts first', () => {
    const helperFirst = document.implementation.createHTMLDocument();
    acceptPageBridge(helperFirst);
    expect(offerPageBridge(helperFirst).connected).toBe(true);

    const contentFirst = document.implementation.createHTMLDocument();
    const bridge = offerPageBridge(contentFirst);
    expect(bridge.connected).toBe(false);
    acceptPageBridge(contentFirst);
    expect(bridge.connected).toBe(true);
  });

  it('is a node outside the document that the helper takes once: a later offer is ignored', () => {
    const doc = document.implementation.createHTMLDocument();
    acceptPageBridge(doc);
    const bridge = offerPageBridge(doc);
    const forged = doc.createElement('span');
    let taken = false;
    forged.addEventListener(BRIDGE.accepted, () => (taken = true));
    doc.dispatchEvent(new MouseEvent(BRIDGE.offer, { relatedTarget: forged }));
    expect(bridge.connected).toBe(true);
    expect(taken).toBe(false);
  });

  it('never takes a node that is in the document, where page scripts could reach it', () => {
    const doc = document.implementation.createHTMLDocument();
    const visible = doc.body.appendChild(doc.createElement('span'));
    let taken = false;
    visible.addEventListener(BRIDGE.accepted, () => (taken = true));
    acceptPageBridge(doc);
    doc.dispatchEvent(new MouseEvent(BRIDGE.offer, { relatedTarget: visible }));
    expect(taken).toBe(false);
    expect(offerPageBridge(doc).connected).toBe(true);
  });
});
