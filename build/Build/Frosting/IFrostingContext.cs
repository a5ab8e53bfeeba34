using Cake.Core;

namespace Cake.Frosting;

/// <summary>Marks the typed context a build program's tasks receive.</summary>
public interface IFrostingContext : ICakeContext;
