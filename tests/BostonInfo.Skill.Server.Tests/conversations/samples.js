// Says every sample of the interaction model to virtual-alexa's intent matcher and prints what it resolved, as JSON.
//
//   node samples.js <interaction model file>
//
// Each sample becomes an utterance by filling its slots with an example value of the slot's type ("when is trash
// day at {Address}" -> "when is trash day at 1000 dorchester avenue"). An intent's samples are matched against the
// whole model, the way virtual-alexa's utter() matches them (its Utterance class, the same code). A slot's samples
// are what a user answers while the skill elicits that slot, so they are matched within that intent's dialog only:
// a bare "{Address}" would otherwise fit every intent that has an address.
// utter() itself is not used: it treats any utterance containing "ask", "open", "tell" or "launch" as a launch
// request, and many real samples ("tell me the latest three one one") contain those words.
// The C# test (SampleResolutionTests) asserts on the printed JSON. One process for every sample keeps it to seconds.
"use strict";

process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const fs = require("fs");
const { Utterance } = require("virtual-core");
const { InteractionModel } = require("virtual-alexa/lib/src/model/InteractionModel");

// What a user might say for a slot of each type. Digits are fine here: they stand for what Alexa's speech
// recognition hands over, not for sample text.
const BUILT_IN_EXAMPLES = {
  "AMAZON.PostalAddress": "1000 dorchester avenue",
  "AMAZON.City": "roxbury",
  "AMAZON.NUMBER": "five",
  "AMAZON.SearchQuery": "the bus times are missing",
};

function exampleValue(type, customTypes) {
  if (BUILT_IN_EXAMPLES[type] !== undefined) {
    return BUILT_IN_EXAMPLES[type];
  }
  const custom = customTypes.find((t) => t.name === type);
  if (!custom || custom.values.length === 0) {
    throw new Error(`no example value for the slot type ${type}; add one to samples.js`);
  }
  // The last value: the first is often a catch-all such as "all".
  return custom.values[custom.values.length - 1].name.value;
}

function fill(sample, slotTypes, customTypes) {
  const expected = {};
  const said = sample.replace(/\{([^{}]+)\}/g, (_, slot) => {
    if (!slotTypes[slot]) {
      throw new Error(`"${sample}" uses {${slot}}, which its intent does not declare`);
    }
    expected[slot] = exampleValue(slotTypes[slot], customTypes);
    return expected[slot];
  });
  return { said: said.replace(/\s+/g, " ").trim(), expected };
}

function resolve(model, said) {
  const utterance = new Utterance(model, said);
  return utterance.matched() ? { resolvedIntent: utterance.intent(), slots: utterance.toJSON() } : { resolvedIntent: null, slots: {} };
}

function main() {
  const [modelFile] = process.argv.slice(2);
  if (!modelFile) {
    throw new Error("usage: node samples.js <interaction model file>");
  }

  const json = JSON.parse(fs.readFileSync(modelFile, "utf8"));
  const languageModel = json.interactionModel.languageModel;
  const customTypes = languageModel.types || [];
  const whole = InteractionModel.fromJSON(JSON.parse(JSON.stringify(json)));
  const results = [];

  for (const intent of languageModel.intents) {
    const slots = intent.slots || [];
    const slotTypes = Object.fromEntries(slots.map((slot) => [slot.name, slot.type]));
    for (const sample of intent.samples || []) {
      const { said, expected } = fill(sample, slotTypes, customTypes);
      results.push(Object.assign({ intent: intent.name, slot: null, sample, said, expected }, resolve(whole, said)));
    }

    for (const slot of slots.filter((s) => (s.samples || []).length > 0)) {
      // The dialog that elicits this slot: its intent, with the slot's samples as what the user may answer.
      const dialog = InteractionModel.fromJSON({
        interactionModel: {
          languageModel: {
            invocationName: languageModel.invocationName,
            intents: [{ name: intent.name, slots: JSON.parse(JSON.stringify(slots)), samples: slot.samples }],
            types: customTypes,
          },
        },
      });
      for (const sample of slot.samples) {
        const { said, expected } = fill(sample, slotTypes, customTypes);
        results.push(Object.assign({ intent: intent.name, slot: slot.name, sample, said, expected }, resolve(dialog, said)));
      }
    }
  }

  process.stdout.write(JSON.stringify(results) + "\n");
}

try {
  main();
} catch (error) {
  process.stderr.write(`samples failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
}
