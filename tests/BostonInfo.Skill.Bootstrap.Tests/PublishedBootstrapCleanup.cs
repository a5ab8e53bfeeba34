using BostonInfo.Skill.Bootstrap.Tests.Support;

namespace BostonInfo.Skill.Bootstrap.Tests;

/// <summary>Deletes the published bootstrap after every test of the assembly has run (hence the root namespace).</summary>
[SetUpFixture]
public sealed class PublishedBootstrapCleanup
{
    [OneTimeTearDown]
    public void Delete() => PublishedBootstrap.Delete();
}
