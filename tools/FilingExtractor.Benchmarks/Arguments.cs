using System.Globalization;

namespace FilingExtractor.Benchmarks;

/// <summary>Raised for a bad command line; the message is printed with the usage text.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// "--name value" options and bare "--flag" switches. Hand-rolled rather than System.CommandLine so the
/// tool adds no package to the solution.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    /// <summary>Parses; names in <paramref name="flagNames"/> take no value.</summary>
    public static Arguments Parse(IReadOnlyList<string> args, params string[] flagNames)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }

            var name = arg[2..];
            if (flagNames.Contains(name, StringComparer.Ordinal))
            {
                result.flags.Add(name);
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new UsageException($"--{name} needs a value");
            }

            if (!result.values.TryGetValue(name, out var list))
            {
                result.values[name] = list = [];
            }

            list.Add(args[++i]);
        }

        return result;
    }

    public bool Flag(string name)
    {
        used.Add(name);
        return flags.Contains(name);
    }

    public string? Optional(string name)
    {
        used.Add(name);
        return values.TryGetValue(name, out var list) ? list[^1] : null;
    }

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} is required");

    public IReadOnlyList<string> All(string name)
    {
        used.Add(name);
        return values.TryGetValue(name, out var list) ? list : [];
    }

    /// <summary>The values of a repeatable option that must be given at least once.</summary>
    public IReadOnlyList<string> AllRequired(string name, string what) =>
        All(name) is { Count: > 0 } list ? list : throw new UsageException($"--{name} {what} is required (repeatable)");

    public int Int(string name, int fallback, int min = int.MinValue)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new UsageException($"--{name} needs an integer >= {min}, got '{text}'");
        }

        return value;
    }

    /// <summary>Call after reading every option: a misspelt option must not silently fall back to a default.</summary>
    public void RejectUnknown()
    {
        var unknown = values.Keys.Concat(flags).Where(n => !used.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException("unknown option(s): " + string.Join(", ", unknown.Select(n => "--" + n)));
        }
    }
}
