using System.Globalization;
using System.Runtime.InteropServices;

namespace Benchmarks;

/// <summary>The machine the figures were taken on: without it they mean little.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string DotNet, DateTimeOffset Date)
{
    /// <summary>Reads this machine (Linux: /proc/cpuinfo, /proc/meminfo, /etc/os-release).</summary>
    public static MachineInfo Current(TimeProvider time) => new(
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        MemoryTotal() ?? "unknown",
        OperatingSystemName(),
        RuntimeInformation.FrameworkDescription,
        time.GetUtcNow());

    /// <summary>The distribution and the kernel, e.g. "Debian GNU/Linux 12 (bookworm), kernel 6.1.0".</summary>
    private static string OperatingSystemName()
    {
        var distribution = FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : null;
        return kernel is null ? distribution : $"{distribution}, kernel {kernel}";
    }

    private static string? MemoryTotal()
    {
        var kilobytes = FirstValue("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.0} GiB")
            : null;
    }

    private static string? FirstValue(string file, string key, char separator = ':')
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
