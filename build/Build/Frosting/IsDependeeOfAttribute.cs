namespace Cake.Frosting;

/// <summary>The reverse of <see cref="IsDependentOnAttribute"/>: <paramref name="task"/> depends on this task.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
