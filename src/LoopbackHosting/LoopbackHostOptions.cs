namespace LoopbackHosting;

/// <summary>Where a <see cref="LoopbackHost"/> listens and what its pipeline needs.</summary>
public sealed record LoopbackHostOptions
{
    /// <summary>0 picks a free port (read it back from <see cref="LoopbackHost.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>Endpoint routing (Map…): added before the pipeline is configured.</summary>
    public bool Routing { get; init; }

    /// <summary>Kestrel's default is 30 MB; a Lambda upload carries up to 50 MB of zip, base64 in JSON.</summary>
    public long? MaxRequestBodySize { get; init; }
}
