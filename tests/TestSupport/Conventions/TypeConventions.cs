using System.Reflection;
using System.Runtime.CompilerServices;

namespace TestSupport.Conventions;

/// <summary>
/// Reflection checks of the style guide's rules (STYLE.md §4, after Octokit's convention tests). Each returns the
/// members that break a rule, by name, so a test can compare them with its project's named exemptions: a new
/// offender fails the test.
/// </summary>
internal static class TypeConventions
{
    private static readonly string[] SecretWords = ["Secret", "Token", "Password", "ClientSecret", "RefreshToken", "AccessToken", "SecretAccessKey"];

    /// <summary>The project's own types, without those the compiler writes (closures, state machines, records' parts).</summary>
    public static IEnumerable<Type> OwnTypes(Assembly assembly) =>
        assembly.GetTypes().Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                                          && !type.Name.Contains('<', StringComparison.Ordinal)
                                          && type.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) != true
                                          && type.Namespace?.StartsWith("System.", StringComparison.Ordinal) != true);

    /// <summary>Methods returning a task whose name does not end in Async or whose last parameter is not a token
    /// (STYLE.md, "Async and cancellation"), as <c>Namespace.Type.Method</c>.</summary>
    public static IReadOnlyList<string> AsyncMethodsBreakingTheRule(Assembly assembly) =>
        [.. OwnTypes(assembly)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            // An override's signature is its base's: the base is checked where it is ours, and fixed where it is not.
            .Where(method => IsAwaitable(method.ReturnType) && !method.IsSpecialName && method.GetBaseDefinition() == method
                             && !ImplementsForeignInterface(method)
                             && !method.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                             && !method.Name.Contains('<', StringComparison.Ordinal))
            .Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal) || !EndsWithToken(method))
            .Select(Name)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Properties named like a credential (<c>ClientSecret</c>, <c>RefreshToken</c>, …) whose type is string.</summary>
    public static IReadOnlyList<string> SecretNamedStringProperties(Assembly assembly) =>
        [.. OwnTypes(assembly)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(property => property.PropertyType == typeof(string)
                               && SecretWords.Any(word => property.Name.EndsWith(word, StringComparison.Ordinal)))
            .Select(property => $"{property.DeclaringType!.FullName}.{property.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Concrete classes that implement <paramref name="contract"/> and are not sealed.</summary>
    public static IReadOnlyList<string> UnsealedImplementationsOf(Assembly assembly, Type contract) =>
        [.. OwnTypes(assembly)
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsSealed && contract.IsAssignableFrom(type))
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal)];

    // IAsyncDisposable.DisposeAsync, ASP.NET's IMiddleware.InvokeAsync, IResult.ExecuteAsync: the signature is the
    // framework's, not ours to name.
    private static bool ImplementsForeignInterface(MethodInfo method) =>
        method.DeclaringType!.GetInterfaces()
            .Where(contract => contract.Assembly != method.DeclaringType.Assembly)
            .Any(contract => method.DeclaringType.GetInterfaceMap(contract).TargetMethods.Contains(method));

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));

    private static bool EndsWithToken(MethodInfo method) =>
        method.GetParameters() is [.., var last] && last.ParameterType == typeof(CancellationToken);

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";
}
