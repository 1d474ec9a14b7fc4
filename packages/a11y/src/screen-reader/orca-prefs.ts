// Orca's preferences for a test run: speech goes to a file (one JSON line per utterance) instead of audio,
// and everything that would add words a test did not cause (key echo, tutorial hints, reading the page on
// load) is off. Orca imports the speech module by name from PYTHONPATH, which the desktop sets to this dir.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const speechModule = 'aukio_file_speech';

// A SpeechServer subclass (orca.speechserver) whose speak() appends {t, text} lines to $AUKIO_SR_SPEECH_FILE.
const speechServerSource = `# Written by @aukio/a11y/screen-reader: Orca speech back end that writes each utterance to a file.
import json, os, time
from orca import speechserver

_path = os.environ.get("AUKIO_SR_SPEECH_FILE", "speech.jsonl")
_server = None


def _write(kind, text):
    if not text:
        return
    with open(_path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"t": time.time(), "kind": kind, "text": str(text)}) + "\\n")


class SpeechServer(speechserver.SpeechServer):
    @staticmethod
    def getFactoryName():
        return "Aukio file"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        global _server
        if _server is None:
            _server = SpeechServer()
        return _server

    @staticmethod
    def shutdownActiveServers():
        pass

    def getInfo(self):
        return ["Aukio file", "aukio-file"]

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        _write("speak", text)

    def speakCharacter(self, character, acss=None):
        _write("char", character)

    def speakKeyEvent(self, event, acss=None):
        pass

    def sayAll(self, utteranceIterator, progressCallback):
        for context, acss in utteranceIterator:
            _write("sayall", context.utterance)
            progressCallback(context, speechserver.SayAllContext.COMPLETED)
`;

const general = {
  speechServerFactory: speechModule,
  speechFactoryModules: [speechModule],
  speechServerInfo: null,
  enableSpeech: true,
  enableKeyEcho: false,
  enableEchoByCharacter: false,
  enableEchoByWord: false,
  enableEchoBySentence: false,
  enableBraille: false,
  enableBrailleMonitor: false,
  enableSound: false,
  enableTutorialMessages: false,
  enableMouseReview: false,
  sayAllOnLoad: false,
  pageSummaryOnLoad: false,
  speakProgressBarUpdates: true,
  presentTimeOnStartup: false,
  firstStart: false,
  startingProfile: ['Default', 'default'],
  activeProfile: ['Default', 'default'],
};

/** Writes a fresh Orca preferences dir (settings + speech module) into `dir`. */
export function writeOrcaPrefs(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${speechModule}.py`), speechServerSource);
  const settings = {
    general,
    pronunciations: {},
    keybindings: {},
    profiles: { default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} } },
  };
  writeFileSync(join(dir, 'user-settings.conf'), JSON.stringify(settings, null, 2));
}
