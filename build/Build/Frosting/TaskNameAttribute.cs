namespace Cake.Frosting;

/// <summary>The name a task is invoked by (<c>--target name</c>). Without it the class name is used.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
