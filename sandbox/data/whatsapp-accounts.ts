/** Which numbers have WhatsApp in the sandbox: every one but those ending in 0000. */
export const hasWhatsApp = (digits: string) => !digits.endsWith('0000');
