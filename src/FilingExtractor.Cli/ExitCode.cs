namespace FilingExtractor.Cli;

/// <summary>The process exit codes, documented in the README; scripts may rely on them.</summary>
public enum ExitCode
{
    /// <summary>Every input was processed.</summary>
    Success = 0,

    /// <summary>The run finished but some inputs or pages failed (listed on stderr / errors.csv).</summary>
    SomeInputsFailed = 1,

    /// <summary>The command line was wrong, or the output folder is in use by another run; nothing was processed.</summary>
    BadArguments = 2,

    /// <summary>A library, language file or program is missing; the message names the Debian package.</summary>
    DependencyMissing = 3,

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM; finished inputs are journalled and a rerun goes on from there.</summary>
    Interrupted = 130,
}
