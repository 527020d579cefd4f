/// <reference lib="webworker" />
/** Reads and checks large dropped files off the main thread (see read-import.ts). */
import { readHere } from './read-import.ts';

self.onmessage = async (event: MessageEvent<File[]>) => {
  self.postMessage(await readHere(event.data));
};
