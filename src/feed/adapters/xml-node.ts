/**
 * The `XmlNode` test on its own, so format detection (a chunk every ATS feed
 * loads) does not pull in the XML parser that only Personio needs.
 */
import { isRecord } from '../checks.js';
import type { XmlNode } from './types.js';

/** True for the element tree `parseXml` produces. */
export function isXmlNode(value: unknown): value is XmlNode {
  return (
    isRecord(value) &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['children']) &&
    isRecord(value['attributes']) &&
    typeof value['text'] === 'string'
  );
}
