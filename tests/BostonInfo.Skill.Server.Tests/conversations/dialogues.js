// Holds every dialogue of dialogues.json through virtual-alexa and prints what happened as JSON on stdout.
//
//   node dialogues.js <dialogues.json> <skill URL> <skill URL with city services down> <Alexa API URL> <interaction model> <application id>
//
// Each dialogue is a fresh session. virtual-alexa builds the requests from OUR interaction model; a filter
// points context.System.apiEndpoint at the fake Alexa API (the Device Address API) and sets the access token
// and device position the dialogue asks for. A turn is either {"say": "..."} (matched against the model's
// samples, like Alexa would) or {"answer": {"intent": ..., "slots": {...}}}: the same intent coming back with
// the elicited slot filled, which is what Alexa sends after Dialog.ElicitSlot (virtual-alexa cannot match a
// bare slot answer such as an address on its own).
// The C# test (CityConversationTests) asserts on the printed JSON.
"use strict";

process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const fs = require("fs");
const { VirtualAlexa } = require("virtual-alexa");

async function hold(dialogue, options) {
  const alexa = VirtualAlexa.Builder()
    .skillURL(dialogue.citiesDown ? options.downUrl : options.skillUrl)
    .interactionModelFile(options.modelFile)
    .applicationID(options.applicationId)
    .locale("en-US")
    .create();

  let lastRequest = null;
  alexa.filter((request) => {
    const system = request.context.System;
    system.apiEndpoint = options.alexaApi;
    system.apiAccessToken = dialogue.accessToken || "token-without-consent";
    // Real Alexa always names the device; virtual-alexa leaves deviceId out unless asked to mock the address API.
    system.device.deviceId = system.device.deviceId || "amzn1.ask.device.VIRTUAL";
    if (dialogue.position || dialogue.positionSupportedOnly) {
      system.device.supportedInterfaces.Geolocation = {};
    }
    if (dialogue.position) {
      request.context.Geolocation = {
        timestamp: request.request.timestamp,
        coordinate: { latitudeInDegrees: dialogue.position[0], longitudeInDegrees: dialogue.position[1], accuracyInMeters: 10 },
      };
    }
    lastRequest = request;
  });

  const turns = [];
  for (const turn of dialogue.turns) {
    const response = turn.say !== undefined
      ? await alexa.utter(turn.say)
      : await alexa.intend(turn.answer.intent, turn.answer.slots);
    const body = response.response || {};
    const directive = (body.directives || [])[0];
    const card = body.card || {};
    turns.push({
      said: turn.say !== undefined ? turn.say : JSON.stringify(turn.answer.slots),
      intent: lastRequest.request.intent ? lastRequest.request.intent.name : null,
      speech: response.prompt() === undefined ? null : response.prompt(),
      cardText: card.content === undefined ? null : card.content,
      cardType: card.type === undefined ? null : card.type,
      cardTitle: card.title === undefined ? null : card.title,
      permissions: card.permissions || [],
      reprompt: response.reprompt() === undefined ? null : response.reprompt(),
      directive: directive ? directive.type + (directive.slotToElicit ? ":" + directive.slotToElicit : "") : null,
      shouldEndSession: body.shouldEndSession === undefined ? null : body.shouldEndSession,
    });
  }
  return turns;
}

async function main() {
  const [dialoguesFile, skillUrl, downUrl, alexaApi, modelFile, applicationId] = process.argv.slice(2);
  if (!applicationId) {
    throw new Error("usage: node dialogues.js <dialogues.json> <skill URL> <down skill URL> <Alexa API URL> <interaction model> <application id>");
  }

  const options = { skillUrl, downUrl, alexaApi, modelFile, applicationId };
  const dialogues = JSON.parse(fs.readFileSync(dialoguesFile, "utf8"));
  const results = {};
  for (const [name, dialogue] of Object.entries(dialogues)) {
    try {
      results[name] = await hold(dialogue, options);
    } catch (error) {
      throw new Error(`dialogue "${name}": ${error && error.message ? error.message : error}`);
    }
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((error) => {
  process.stderr.write(`dialogues failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
