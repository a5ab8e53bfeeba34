using System.Reflection;
using Build.Hosting;
using Cake.Frosting;

namespace Build.Tests.Host;

/// <summary>
/// Issue 14.2: swapping in the real Cake.Frosting is a project-file change plus deleting build/Build/Frosting/. The
/// stand-in is an assembly of its own, so the build program compiles against nothing but what it makes public; these
/// tests pin that public surface to the real package's, read from cake-build/cake at
/// cc71d61e16a12cf170aff99d0c6dac08627df654 (src/Cake.Frosting: CakeHost.cs, Extensions/CakeHostExtensions.cs,
/// AsyncFrostingTask.cs, FrostingTask.cs, IFrostingTask.cs, FrostingContext.cs, IFrostingContext.cs, Annotations/).
/// </summary>
public sealed class FrostingSurfaceTests
{
    /// <summary>The real package's public members, in <see cref="Signature"/>'s form (the subset a stand-in may offer).</summary>
    private static readonly string[] RealFrosting =
    [
        "class CakeHost : Object",
        "CakeHost..ctor()",
        "CakeHost.Create() : CakeHost",
        "CakeHost.AddAssembly(Assembly) : CakeHost",
        "CakeHost.ConfigureServices(Action<IServiceCollection>) : CakeHost",
        "CakeHost.Run(IEnumerable<String>) : Int32",
        "class CakeHostExtensions : Object",
        "CakeHostExtensions.UseContext<TContext>(CakeHost) : CakeHost",
        "CakeHostExtensions.UseLifetime<TLifetime>(CakeHost) : CakeHost",
        "CakeHostExtensions.UseTaskLifetime<TLifetime>(CakeHost) : CakeHost",
        "CakeHostExtensions.UseWorkingDirectory(CakeHost, DirectoryPath) : CakeHost",
        "CakeHostExtensions.InstallTool(CakeHost, Uri) : CakeHost",
        "class AsyncFrostingTask<T> : Object, IFrostingTask",
        "AsyncFrostingTask<T>..ctor()",
        "AsyncFrostingTask<T>.RunAsync(T) : Task",
        "AsyncFrostingTask<T>.ShouldRun(T) : Boolean",
        "AsyncFrostingTask<T>.OnError(Exception, T) : Void",
        "AsyncFrostingTask<T>.Finally(T) : Void",
        "class AsyncFrostingTask : AsyncFrostingTask<ICakeContext>, IFrostingTask",
        "AsyncFrostingTask..ctor()",
        "class FrostingTask<T> : Object, IFrostingTask",
        "FrostingTask<T>..ctor()",
        "FrostingTask<T>.Run(T) : Void",
        "FrostingTask<T>.ShouldRun(T) : Boolean",
        "FrostingTask<T>.OnError(Exception, T) : Void",
        "FrostingTask<T>.Finally(T) : Void",
        "class FrostingTask : FrostingTask<ICakeContext>, IFrostingTask",
        "FrostingTask..ctor()",
        "interface IFrostingTask",
        "IFrostingTask.RunAsync(ICakeContext) : Task",
        "IFrostingTask.ShouldRun(ICakeContext) : Boolean",
        "IFrostingTask.OnError(Exception, ICakeContext) : Void",
        "IFrostingTask.Finally(ICakeContext) : Void",
        "class FrostingContext : CakeContextAdapter, ICakeContext, IFrostingContext",
        "FrostingContext..ctor(ICakeContext)",
        "interface IFrostingContext : ICakeContext",
        "class TaskNameAttribute : Attribute",
        "TaskNameAttribute..ctor(String)",
        "TaskNameAttribute.Name : String",
        "class TaskDescriptionAttribute : Attribute",
        "TaskDescriptionAttribute..ctor(String)",
        "TaskDescriptionAttribute.Description : String",
        "class IsDependentOnAttribute : Attribute",
        "IsDependentOnAttribute..ctor(Type)",
        "IsDependentOnAttribute.Task : Type",
        "class IsDependeeOfAttribute : Attribute",
        "IsDependeeOfAttribute..ctor(Type)",
        "IsDependeeOfAttribute.Task : Type",
        "class ContinueOnErrorAttribute : Attribute",
        "ContinueOnErrorAttribute..ctor()",
    ];

    [Test]
    public void StandIn_MakesPublicOnlyWhatTheRealPackageHas()
    {
        // Given the stand-in's assembly
        var standIn = typeof(CakeHost).Assembly;

        // When its public surface is listed
        var surface = Surface(standIn).ToList();

        // Then it is named like the package, and every public type and member exists in the real one
        Assert.Multiple(() =>
        {
            Assert.That(standIn.GetName().Name, Is.EqualTo("Cake.Frosting"));
            Assert.That(surface, Does.Contain("CakeHostExtensions.UseContext<TContext>(CakeHost) : CakeHost"), "the check would pass vacuously on an empty surface");
            Assert.That(surface.Except(RealFrosting), Is.Empty, "public in the stand-in, absent from Cake.Frosting");
        });
    }

    [Test]
    public void BuildProgram_DeclaresNothingInCakesNamespacesAndReferencesFrostingAsAPackageWould()
    {
        // Given the build program's assembly
        var program = typeof(BuildContext).Assembly;

        // When its own types and its references are read
        var cakeTypes = program.GetTypes().Where(type => type.Namespace?.StartsWith("Cake", StringComparison.Ordinal) == true).Select(type => type.FullName).ToList();
        var references = program.GetReferencedAssemblies().Select(reference => reference.Name).ToList();

        // Then the stand-in is only a reference, like the package would be
        Assert.Multiple(() =>
        {
            Assert.That(cakeTypes, Is.Empty);
            Assert.That(references, Does.Contain("Cake.Frosting"));
        });
    }

    [Test]
    public void BuildProgram_RegistersEveryTaskThroughFrostingsPublicAttributesOnly()
    {
        // Given the task list as Cake.Frosting builds it: public IFrostingTask classes of the entry assembly, named
        // by [TaskName], ordered by [IsDependentOn]
        var tasks = typeof(BuildContext).Assembly.GetExportedTypes()
            .Where(type => typeof(IFrostingTask).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .ToDictionary(type => type.GetCustomAttribute<TaskNameAttribute>()?.Name ?? type.Name);

        // When the plannable ones are read, as Program.cs does before the host runs
        var plannable = PlanSwitch.PlannableTargets;

        // Then every release task is there, and none depends on another task (a plan runs only itself)
        Assert.Multiple(() =>
        {
            Assert.That(plannable, Is.EquivalentTo(new[] { "deploy-latest", "cut-release", "await-certification", "promote", "rollback", "status" }));
            Assert.That(plannable, Is.SubsetOf(tasks.Keys));
            Assert.That(plannable.SelectMany(name => tasks[name].GetCustomAttributes<IsDependentOnAttribute>()), Is.Empty);
        });
    }

    private static IEnumerable<string> Surface(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            var bases = new[] { type.BaseType }.OfType<Type>().Concat(type.GetInterfaces().OrderBy(contract => contract.Name, StringComparer.Ordinal)).Select(Name);
            yield return $"{(type.IsInterface ? "interface" : "class")} {Name(type)}{(bases.Any() ? " : " + string.Join(", ", bases) : "")}";
            const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(declared))
            {
                if (Signature(type, member) is { } signature)
                {
                    yield return signature;
                }
            }
        }
    }

    /// <summary>A public or protected member as "Type.Member(Parameters) : Return"; null for what callers cannot see.</summary>
    private static string? Signature(Type type, MemberInfo member) => member switch
    {
        ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true } =>
            $"{Name(type)}..ctor({Parameters((MethodBase)member)})",
        MethodInfo { IsSpecialName: false } method when method.IsPublic || method.IsFamily =>
            $"{Name(type)}.{method.Name}{(method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(Name)) + ">" : "")}({Parameters(method)}) : {Name(method.ReturnType)}",
        PropertyInfo { GetMethod.IsPublic: true } property => $"{Name(type)}.{property.Name} : {Name(property.PropertyType)}",
        _ => null,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(parameter => Name(parameter.ParameterType)));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
