// Drives one Boston Info conversation through virtual-alexa and prints what happened as JSON on stdout.
//
//   node conversation.js <skill URL> <interaction model file> <application id>
//
// virtual-alexa turns each utterance into a real Alexa request using OUR interaction model (intent
// matching, slots, session, dialog state) and POSTs it to the skill URL (the SkillServer under test).
// The C# test (ConversationTests) asserts on the printed JSON.
"use strict";

// virtual-alexa pulls in aws-sdk v2, which prints an end-of-support notice on load; it is noise here.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const { VirtualAlexa } = require("virtual-alexa");

// An utterance no sample of the model matches. Real Alexa routes such speech to AMAZON.FallbackIntent;
// virtual-alexa has no statistical model and throws "Unable to match utterance" instead, so the script
// checks that the model really does not match it and then sends AMAZON.FallbackIntent, as Alexa would.
// (It must not contain "ask", "open", "tell", "launch" or "talk to": virtual-alexa treats those as launch phrases.)
const OUT_OF_DOMAIN = "what is the best pizza in the north end";

async function main() {
  const [skillUrl, modelFile, applicationId] = process.argv.slice(2);
  if (!skillUrl || !modelFile || !applicationId) {
    throw new Error("usage: node conversation.js <skill URL> <interaction model file> <application id>");
  }

  const alexa = VirtualAlexa.Builder()
    .skillURL(skillUrl)
    .interactionModelFile(modelFile)
    .applicationID(applicationId)
    .locale("en-US")
    .create();

  let lastRequest = null;
  alexa.filter((request) => { lastRequest = request; });

  const turns = [];
  const record = (said, response, extra) => {
    turns.push(Object.assign({
      said,
      requestType: lastRequest.request.type,
      intent: lastRequest.request.intent ? lastRequest.request.intent.name : null,
      applicationId: lastRequest.session ? lastRequest.session.application.applicationId : null,
      speech: response.prompt() === undefined ? null : response.prompt(),
      reprompt: response.reprompt() === undefined ? null : response.reprompt(),
      cardTitle: response.cardTitle() === undefined ? null : response.cardTitle(),
      shouldEndSession: response.response.shouldEndSession === undefined ? null : response.response.shouldEndSession,
    }, extra || {}));
  };

  record("open boston info", await alexa.utter("open boston info"));
  record("help", await alexa.utter("help"));

  let matchedByModel = true;
  try {
    alexa.utter(OUT_OF_DOMAIN);
  } catch (error) {
    if (!String(error.message).startsWith("Unable to match utterance")) {
      throw error;
    }
    matchedByModel = false;
  }
  if (matchedByModel) {
    throw new Error(`"${OUT_OF_DOMAIN}" matched an intent of the model, so it cannot stand for the fallback`);
  }
  record(OUT_OF_DOMAIN, await alexa.intend("AMAZON.FallbackIntent"), { matchedByModel });

  record("stop", await alexa.utter("stop"));

  process.stdout.write(JSON.stringify({ turns }) + "\n");
}

main().catch((error) => {
  process.stderr.write(`conversation failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
