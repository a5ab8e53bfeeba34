using Cake.Core;

namespace Cake.Frosting;

/// <summary>Base of a build program's typed context: every Cake alias works on it.</summary>
public class FrostingContext(ICakeContext context) : CakeContextAdapter(context), IFrostingContext;
