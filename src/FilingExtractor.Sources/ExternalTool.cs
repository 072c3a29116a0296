using System.ComponentModel;
using System.Diagnostics;
using FilingExtractor.Core.Errors;

namespace FilingExtractor.Sources;

/// <summary>What an external program printed and how it ended.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs the poppler-utils programs. A missing program becomes <see cref="DependencyMissingException"/>
/// naming the Debian package; a run over its time limit is killed (with its children) and reported.
/// </summary>
public static class ExternalTool
{
    /// <summary>Debian package of each program the sources call.</summary>
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["pdfinfo"] = "poppler-utils",
        ["pdfimages"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["pdftotext"] = "poppler-utils",
    };

    public static ToolResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {program}");
        }
        catch (Win32Exception e)
        {
            throw new DependencyMissingException($"the program '{program}'", Packages.GetValueOrDefault(program, program), e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutCts.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(timeoutCts.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:F0} s");
            }

            return new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }
}
