using System.Globalization;

namespace Benchmarks;

/// <summary>The size of each package, held to Lambda's limits for a direct upload.</summary>
public sealed class ArtifactSection(BenchSettings settings) : IBenchSection
{
    private const long ZipLimit = 50L * 1024 * 1024;
    private const long UnpackedLimit = 250L * 1024 * 1024;

    public string Title => "Artifacts";

    public string Note => "Artifacts: the zips `package` writes; unpacked is the sum of their entries, what Lambda extracts.";

    public Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<BenchmarkRow> rows = new[]
            {
                PackageSize.Of("provided.al2023 (Native AOT bootstrap)", settings.AotZip),
                PackageSize.Of("dotnet10 (managed)", settings.ManagedZip),
            }
            .Select(size => new BenchmarkRow(
                Title,
                size.Name,
                $"zip {Megabytes(size.ZipBytes)}, unpacked {Megabytes(size.UnpackedBytes)}",
                "≤ 50 MB zip, ≤ 250 MB unpacked (Lambda's limits)",
                size.ZipBytes <= ZipLimit && size.UnpackedBytes <= UnpackedLimit))
            .ToList();
        return Task.FromResult(rows);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.00} MB");
}
