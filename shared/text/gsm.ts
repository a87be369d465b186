/**
 * GSM 03.38: the default alphabet (one septet each) and its extension table (an escape septet plus
 * one, so two). Any other character makes a message UCS-2.
 */
export const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

export const GSM_EXTENSION = '\f^{}\\[~]|€';

/** Septets per UTF-16 code unit: 0 (not GSM-7), 1 (default alphabet) or 2 (extension table). */
export const GSM_SEPTETS = new Uint8Array(0x10000);
for (const char of GSM_BASIC) GSM_SEPTETS[char.charCodeAt(0)] = 1;
for (const char of GSM_EXTENSION) GSM_SEPTETS[char.charCodeAt(0)] = 2;
