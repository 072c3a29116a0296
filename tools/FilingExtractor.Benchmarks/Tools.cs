using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FilingExtractor.Benchmarks;

/// <summary>Small helpers shared by the commands.</summary>
internal static class Tools
{
    /// <summary>
    /// Characters that are not white space, counted as Unicode scalar values. White space is left out because
    /// the CLI's text layout (line breaks, blank lines between blocks) differs from ours while the ink read is
    /// the same.
    /// </summary>
    public static long CountChars(string text)
    {
        long n = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The page a file belongs to: its name up to the first dot ("page-0001.tif.txt" is "page-0001").</summary>
    public static string PageKey(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>Page image files of a folder (*.tif, *.tiff, *.png) in name order.</summary>
    public static string[] PageFiles(string dir)
    {
        if (!Directory.Exists(dir))
        {
            throw new UsageException($"no folder '{dir}'");
        }

        var files = Directory.EnumerateFiles(dir)
            .Where(f => f.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return files.Length > 0 ? files : throw new UsageException($"no page images (*.tif, *.png) in '{dir}'");
    }

    /// <summary>Runs a program to completion; a non-zero exit is an error quoting its stderr.</summary>
    public static void Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} exited {p.ExitCode}: {stderr}");
        }
    }

    /// <summary>One "key=value" result line; numbers in invariant culture so scripts can parse them.</summary>
    public static void Print(string key, FormattableString value) =>
        Console.WriteLine(key + "=" + value.ToString(CultureInfo.InvariantCulture));

    public static void Print(string key, string value) => Console.WriteLine(key + "=" + value);

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
