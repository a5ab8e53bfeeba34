using System.Text.Json.Nodes;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Replies;

/// <summary>
/// Builds a <see cref="SkillResponse"/> and enforces the rules Alexa (and the survey's defects) taught us:
/// cards get plain text only, a reprompt only while the session stays open, Dialog.Delegate carries no speech,
/// and every response says on purpose whether the session ends.
/// </summary>
public sealed class ResponseBuilder
{
    private SpokenText? _speech;
    private SpokenText? _reprompt;
    private Func<SpokenText?, Card>? _card;
    private Directive? _directive;
    private bool? _shouldEndSession;
    private JsonObject? _sessionAttributes;

    public ResponseBuilder Speak(SpokenText speech)
    {
        _speech = speech ?? throw new ArgumentNullException(nameof(speech));
        return this;
    }

    public ResponseBuilder Speak(string plainText) => Speak(SpokenText.Plain(plainText));

    /// <summary>Said again if the user stays silent; needs <see cref="KeepSessionOpen"/>.</summary>
    public ResponseBuilder Reprompt(SpokenText reprompt)
    {
        _reprompt = reprompt ?? throw new ArgumentNullException(nameof(reprompt));
        return this;
    }

    public ResponseBuilder Reprompt(string plainText) => Reprompt(SpokenText.Plain(plainText));

    /// <summary>A simple card whose text is the plain rendering of the speech.</summary>
    public ResponseBuilder SimpleCard(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _card = speech => new SimpleCard { Title = title, Content = RequireSpeech(speech, "A simple card").PlainText };
        return this;
    }

    /// <summary>A standard card (title, the speech's plain text, an image).</summary>
    public ResponseBuilder StandardCard(string title, CardImage image)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(image);
        _card = speech => new StandardCard { Title = title, Text = RequireSpeech(speech, "A standard card").PlainText, Image = image };
        return this;
    }

    /// <summary>Asks the user to grant permission scopes in the Alexa app.</summary>
    public ResponseBuilder PermissionsCard(params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.Length == 0 || scopes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A permissions card needs at least one scope, none blank.", nameof(scopes));
        }

        var copy = scopes.ToArray();
        _card = _ => new AskForPermissionsConsentCard { Permissions = copy };
        return this;
    }

    /// <summary>Ask for one slot with this response's speech; the session stays open.</summary>
    public ResponseBuilder ElicitSlot(string slotName, Intent? updatedIntent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slotName);
        _directive = new ElicitSlotDirective { SlotToElicit = slotName, UpdatedIntent = updatedIntent };
        _shouldEndSession = false;
        return this;
    }

    /// <summary>Let Alexa ask for the next required slot with the dialog model's prompt.</summary>
    public ResponseBuilder Delegate(Intent? updatedIntent = null)
    {
        _directive = new DelegateDirective { UpdatedIntent = updatedIntent };
        return this;
    }

    public ResponseBuilder KeepSessionOpen()
    {
        _shouldEndSession = false;
        return this;
    }

    public ResponseBuilder EndSession()
    {
        _shouldEndSession = true;
        return this;
    }

    public ResponseBuilder SessionAttributes(JsonObject? attributes)
    {
        _sessionAttributes = attributes;
        return this;
    }

    public SkillResponse Build()
    {
        if (_directive is DelegateDirective)
        {
            // Alexa rejects Dialog.Delegate with outputSpeech or reprompt, and with shouldEndSession true.
            if (_speech is not null || _reprompt is not null || _shouldEndSession is not null)
            {
                throw new InvalidOperationException("Dialog.Delegate takes no speech, no reprompt and no session decision.");
            }
        }
        else
        {
            if (_speech is null)
            {
                throw new InvalidOperationException("A response needs speech (only Dialog.Delegate goes without).");
            }

            if (_shouldEndSession is null)
            {
                throw new InvalidOperationException("Say whether the session ends: call KeepSessionOpen or EndSession.");
            }
        }

        if (_reprompt is not null && _shouldEndSession != false)
        {
            throw new InvalidOperationException("A reprompt is only heard while the session stays open.");
        }

        return new SkillResponse
        {
            SessionAttributes = _sessionAttributes,
            Response = new ResponseBody
            {
                OutputSpeech = ToOutputSpeech(_speech),
                Card = _card?.Invoke(_speech),
                Reprompt = _reprompt is null ? null : new Reprompt { OutputSpeech = ToOutputSpeech(_reprompt) },
                Directives = _directive is null ? null : [_directive],
                ShouldEndSession = _shouldEndSession,
            },
        };
    }

    private static OutputSpeech? ToOutputSpeech(SpokenText? speech) => speech switch
    {
        null => null,
        { Ssml: { } ssml } => new SsmlOutputSpeech { Ssml = ssml },
        _ => new PlainTextOutputSpeech { Text = speech.PlainText },
    };

    private static SpokenText RequireSpeech(SpokenText? speech, string what) =>
        speech ?? throw new InvalidOperationException($"{what} shows the speech's text, so it needs speech.");
}
