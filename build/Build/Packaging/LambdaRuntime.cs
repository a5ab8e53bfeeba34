namespace Build.Packaging;

/// <summary>Which Lambda runtime a package is for (<c>--runtime</c>).</summary>
public enum LambdaRuntime
{
    /// <summary><c>dotnet10</c>: the assembly, its .deps.json and .runtimeconfig.json at the zip's root.</summary>
    Managed,

    /// <summary><c>provided.al2023</c>: a Native AOT executable named <c>bootstrap</c> at the zip's root.</summary>
    Aot,
}
