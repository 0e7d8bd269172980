using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Integrity;

/// <summary>
/// <c>verify-audit [--code C] [--agency A] [--from yyyy-mm-dd] [--to yyyy-mm-dd]</c>: the verification of
/// <c>/admin/integrity</c> from the command line (ADR-027). Prints the report; exits 0 when everything holds, 1 when
/// something does not, <see cref="AppCommands.Refused"/> on a wrong command or a database not migrated to this version.
/// </summary>
internal sealed class VerifyAuditCommand : IAppCommand
{
    public const int Holds = 0;
    public const int Broken = 1;

    public string Name => "verify-audit";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var text = services.GetRequiredService<IStringLocalizer<IntegrityText>>();
        var options = Parse(args, text);
        if (options.Error is { } error)
        {
            return await RefuseAsync(output, error + Environment.NewLine + text["Verify_Usage"]);
        }

        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count() is var pending and > 0)
        {
            return await RefuseAsync(output, text["Verify_PendingMigrations", pending]);
        }

        Guid? agencyId = null;
        string? agencyName = null;
        if (options.Agency is { } agency)
        {
            var code = agency.ToUpperInvariant();
            var agencies = Guid.TryParse(agency, out var id) ? OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == id) : OrganizationDirectory.Of(db).Agencies.Where(a => a.Code == code);
            var found = await agencies.AsNoTracking().Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return await RefuseAsync(output, text["Verify_UnknownAgency", agency]);
            }

            (agencyId, agencyName) = (found.Id, found.Name);
        }

        var scope = new IntegrityScope(options.Code, agencyId, options.From, options.To);
        var report = await services.GetRequiredService<IntegrityCheck>().RunAsync(scope, IntegrityRunSource.Command, Environment.UserName, cancellationToken);
        await output.WriteLineAsync(text["Verify_Scope", ReportText.Scope(text, scope, agencyName)]);
        foreach (var line in ReportText.Lines(text, report))
        {
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync(report.Holds ? text["Verify_Holds"] : text["Verify_Broken"]);
        return report.Holds ? Holds : Broken;
    }

    /// <summary>The options; <see cref="VerifyAuditOptions.Error"/> says what is wrong with them, if anything.</summary>
    internal static VerifyAuditOptions Parse(IReadOnlyList<string> args, IStringLocalizer text)
    {
        var options = new VerifyAuditOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return options with { Error = text["Verify_UnknownOption", args[i]] };
            }

            var value = args[i + 1].Trim();
            switch (args[i])
            {
                case "--code":
                    options = options with { Code = value };
                    break;
                case "--agency":
                    options = options with { Agency = value };
                    break;
                case "--from" or "--to":
                    if (!TypedValues.TryIsoDate(value, out var day))
                    {
                        return options with { Error = text["Verify_InvalidDate", args[i], value] };
                    }

                    options = args[i] == "--from" ? options with { From = day } : options with { To = day };
                    break;
                default:
                    return options with { Error = text["Verify_UnknownOption", args[i]] };
            }
        }

        return options.From > options.To ? options with { Error = text["Integrity_InvalidRange"] } : options;
    }

    private static async Task<int> RefuseAsync(TextWriter output, string message)
    {
        await output.WriteLineAsync(message);
        return AppCommands.Refused;
    }
}

internal sealed record VerifyAuditOptions(string? Code = null, string? Agency = null, DateOnly? From = null, DateOnly? To = null, string? Error = null);
