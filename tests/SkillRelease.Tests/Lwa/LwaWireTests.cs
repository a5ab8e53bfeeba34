using SkillRelease.Lwa;

namespace SkillRelease.Tests.Lwa;

/// <summary>Pins the Login with Amazon wire constants the token provider and the simulator share to smapi-contract.md §2.</summary>
public sealed class LwaWireTests
{
    [Test]
    public void Constants_AreTheContractsWireValues()
    {
        Assert.Multiple(() =>
        {
            // §2.1: POST /auth/o2/token, grant_type=refresh_token with the refresh token and the client's id and secret.
            Assert.That(LwaWire.TokenPath, Is.EqualTo("/auth/o2/token"));
            Assert.That(
                new[] { LwaWire.GrantTypeField, LwaWire.RefreshTokenGrant, LwaWire.RefreshTokenField, LwaWire.ClientIdField, LwaWire.ClientSecretField },
                Is.EqualTo(new[] { "grant_type", "refresh_token", "refresh_token", "client_id", "client_secret" }));
            // §2.2: the answer.
            Assert.That(
                new[] { LwaWire.AccessTokenField, LwaWire.TokenTypeField, LwaWire.ExpiresInField },
                Is.EqualTo(new[] { "access_token", "token_type", "expires_in" }));
            // §2.3: the OAuth error shape and the codes the pipeline tells apart.
            Assert.That(
                new[] { LwaWire.ErrorField, LwaWire.ErrorDescriptionField, LwaWire.InvalidGrant, LwaWire.InvalidClient, LwaWire.InvalidRequest, LwaWire.UnsupportedGrantType },
                Is.EqualTo(new[] { "error", "error_description", "invalid_grant", "invalid_client", "invalid_request", "unsupported_grant_type" }));
        });
    }
}
