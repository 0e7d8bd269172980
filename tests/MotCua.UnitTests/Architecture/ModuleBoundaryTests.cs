using System.Text.RegularExpressions;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// Keeps module boundaries (ADR-001): code in one module reaches another module only through that module's root
/// namespace (its public API: e.g. <c>MotCua.Modules.Calendar</c>), never its features or data — except what the
/// organisation module shares with every module: its reference data (<c>Organization.Data</c>: agencies, units, levels,
/// users), the agency scope of the current user (<c>Organization.Scoping</c>, ADR-005), the audit log
/// (<c>Organization.Auditing</c>), the sign-in account helpers (<c>Organization.Account</c>: contact points, account
/// lookup, the sign-in request limit), the Metrics module's pure models of report periods and statistics tables
/// (<c>Metrics.Periods</c>, <c>Metrics.Statistics</c>: values with no data access, which the Reports module prints, ADR-053)
/// and, for demo seeders, <c>Organization.DemoData</c>.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    private static readonly string[] SharedNamespaces = ["Organization.Data", "Organization.Scoping", "Organization.Auditing", "Organization.Account", "Metrics.Periods", "Metrics.Statistics"];

    [Fact]
    public void Modules_use_other_modules_only_through_their_public_namespace()
    {
        var modulesRoot = Path.Combine(SourceTree.Root, "Modules");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(modulesRoot, "*.cs*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(modulesRoot, file);
            var owner = relative.Split(Path.DirectorySeparatorChar)[0];
            var isSeeder = relative.Contains("DemoData", StringComparison.Ordinal);
            foreach (Match reference in ModuleReference().Matches(File.ReadAllText(file)))
            {
                var module = reference.Groups["module"].Value;
                var inner = reference.Groups["inner"].Value;
                var firstSegment = inner.Split('.')[0];
                var isSubNamespace = firstSegment.Length > 0 && Directory.Exists(Path.Combine(modulesRoot, module, firstSegment));
                if (module == owner || !isSubNamespace)
                {
                    continue;
                }

                var target = module + "." + firstSegment;
                if (SharedNamespaces.Contains(target) || (isSeeder && target == "Organization.DemoData"))
                {
                    continue;
                }

                violations.Add($"{relative} uses MotCua.Modules.{module}.{inner}");
            }
        }

        violations.ShouldBeEmpty();
    }

    [GeneratedRegex(@"MotCua\.Modules\.(?<module>[A-Za-z]+)(\.(?<inner>[A-Za-z][A-Za-z.]*[A-Za-z]))?")]
    private static partial Regex ModuleReference();
}
