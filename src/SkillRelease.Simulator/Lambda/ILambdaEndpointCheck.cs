namespace SkillRelease.Simulator.Lambda;

/// <summary>What SMAPI asks Lambda before it accepts a manifest endpoint, as real SMAPI does.</summary>
public interface ILambdaEndpointCheck
{
    /// <summary>Null when <paramref name="endpointArn"/> names an existing function, version or alias whose resource
    /// policy lets <c>alexa-appkit.amazon.com</c> invoke it for <paramref name="skillId"/> on exactly that qualifier;
    /// otherwise the reason, worded as SMAPI's violation message.</summary>
    string? WhyCannotInvoke(string endpointArn, string skillId);
}
