using Cake.Core;

namespace Cake.Frosting;

/// <summary>What the host registers with the Cake engine; implemented by the task base classes.</summary>
public interface IFrostingTask
{
    Task RunAsync(ICakeContext context);

    bool ShouldRun(ICakeContext context);

    void OnError(Exception exception, ICakeContext context);

    void Finally(ICakeContext context);
}
