using System.Reflection;
using Cake.Core;

namespace Cake.Frosting.Internal;

/// <summary>Turns task classes into Cake engine tasks, reading their attributes.</summary>
internal static class TaskRegistration
{
    public static void RegisterAll(ICakeEngine engine, IEnumerable<IFrostingTask> tasks)
    {
        foreach (var task in tasks)
        {
            Register(engine, task);
        }
    }

    public static string NameOf(Type taskType) =>
        taskType.GetCustomAttribute<TaskNameAttribute>()?.Name ?? taskType.Name;

    private static void Register(ICakeEngine engine, IFrostingTask task)
    {
        var type = task.GetType();
        var builder = engine.RegisterTask(NameOf(type));
        if (type.GetCustomAttribute<TaskDescriptionAttribute>() is { } description)
        {
            builder.Description(description.Description);
        }

        builder.Does(task.RunAsync);
        if (Overrides(type, nameof(IFrostingTask.ShouldRun)))
        {
            builder.WithCriteria(task.ShouldRun);
        }

        if (Overrides(type, nameof(IFrostingTask.OnError)))
        {
            builder.OnError((exception, context) => task.OnError(exception, context));
        }

        if (Overrides(type, nameof(IFrostingTask.Finally)))
        {
            builder.Finally(context => task.Finally(context));
        }

        if (type.GetCustomAttribute<ContinueOnErrorAttribute>() is not null)
        {
            builder.ContinueOnError();
        }

        foreach (var dependency in type.GetCustomAttributes<IsDependentOnAttribute>())
        {
            builder.IsDependentOn(NameOf(RequireTask(dependency.Task)));
        }

        foreach (var dependee in type.GetCustomAttributes<IsDependeeOfAttribute>())
        {
            builder.IsDependeeOf(NameOf(RequireTask(dependee.Task)));
        }
    }

    // A hook is attached only when the task overrides it, as Frosting does, so that an unused OnError does not
    // swallow failures.
    private static bool Overrides(Type type, string method) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Any(candidate => candidate.Name == method && candidate.DeclaringType == type
                              && candidate.GetBaseDefinition().DeclaringType != type);

    private static Type RequireTask(Type type) =>
        typeof(IFrostingTask).IsAssignableFrom(type)
            ? type
            : throw new InvalidOperationException($"The dependency '{type.Name}' is not a task class.");
}
