namespace Cake.Frosting;

/// <summary>The one line <c>--description</c> prints beside the task.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
