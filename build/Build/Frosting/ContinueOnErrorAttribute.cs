namespace Cake.Frosting;

/// <summary>A failure of this task is reported but does not stop the tasks that depend on it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ContinueOnErrorAttribute : Attribute;
