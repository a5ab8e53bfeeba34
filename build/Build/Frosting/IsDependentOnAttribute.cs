namespace Cake.Frosting;

/// <summary>The task runs after <paramref name="task"/> (which must be another task class).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
