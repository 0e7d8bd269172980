using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>
/// The reference data a procedure points to (fields, levels, agencies), looked up by code, and the conversions between
/// <see cref="ProcedureInput"/> and the model.
/// </summary>
internal sealed class CatalogReferences
{
    private CatalogReferences(List<ProcedureField> fields, List<AdministrativeLevel> levels, List<Agency> agencies)
    {
        Fields = fields;
        Levels = levels;
        Agencies = agencies;
        FieldsByCode = fields.ToDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
        LevelsByCode = levels.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        AgenciesByCode = agencies.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ProcedureField> Fields { get; }

    public IReadOnlyList<AdministrativeLevel> Levels { get; }

    public IReadOnlyList<Agency> Agencies { get; }

    public IReadOnlyDictionary<string, ProcedureField> FieldsByCode { get; }

    public IReadOnlyDictionary<string, AdministrativeLevel> LevelsByCode { get; }

    public IReadOnlyDictionary<string, Agency> AgenciesByCode { get; }

    public static async Task<CatalogReferences> LoadAsync(AppDbContext db, CancellationToken cancellationToken = default) => new(
        await db.ProcedureFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken),
        await OrganizationDirectory.Of(db).Levels.OrderBy(l => l.SortOrder).ToListAsync(cancellationToken),
        await OrganizationDirectory.Of(db).Agencies.OrderBy(a => a.Code).ToListAsync(cancellationToken));

    /// <summary>References from lists already in memory (tests, or a caller that loaded them).</summary>
    public static CatalogReferences Of(IEnumerable<ProcedureField> fields, IEnumerable<AdministrativeLevel> levels, IEnumerable<Agency> agencies) =>
        new(fields.ToList(), levels.ToList(), agencies.ToList());

    /// <summary>The model's content for a validated input (see <see cref="ProcedureInputValidator"/>).</summary>
    public ProcedureContent ToContent(ProcedureInput input) => new()
    {
        Name = input.Name.Trim(),
        FieldId = FieldsByCode[input.FieldCode.Trim()].Id,
        Sequence = input.Sequence.Trim(),
        Channels = input.Channels.Aggregate(SubmissionChannels.None, (all, c) => all | Enum.Parse<SubmissionChannels>(c.Trim(), ignoreCase: true)),
        ProcessingTimeAmount = input.ProcessingTimeAmount,
        ProcessingTimeUnit = Enum.Parse<DeadlineUnit>(input.ProcessingTimeUnit.Trim(), ignoreCase: true),
        CutOffTime = TimeOnly.Parse(input.CutOffTime.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        ProcessingTimeDescription = input.ProcessingTimeDescription,
        CutOffChannels = input.CutOffChannels?.Aggregate(SubmissionChannels.None, (all, c) => all | Enum.Parse<SubmissionChannels>(c.Trim(), ignoreCase: true)),
        CutOffSource = Blank(input.CutOffSource),
        Subjects = input.Subjects.Trim(),
        Result = input.Result.Trim(),
        Requirements = input.Requirements,
        Location = input.Location,
        OnlineLevel = Enum.Parse<OnlineServiceLevel>(input.OnlineLevel.Trim(), ignoreCase: true),
        PartialOnlineReason = input.PartialOnlineReason,
        EForm = string.IsNullOrWhiteSpace(input.EForm) ? null : input.EForm,
        DossierComponents = input.DossierComponents.Select(c => new DossierComponent
        {
            Name = c.Name.Trim(),
            Form = c.Forms.Where(f => !string.IsNullOrWhiteSpace(f)).Aggregate(DocumentForm.None, (all, f) => all | Enum.Parse<DocumentForm>(f.Trim(), ignoreCase: true)),
            Count = c.Count,
            IsRequired = c.IsRequired,
            FormTemplateName = Blank(c.FormTemplateName),
            FormTemplateUrl = Blank(c.FormTemplateUrl),
            ReusableFromWallet = c.ReusableFromWallet,
            Note = Blank(c.Note),
        }).ToList(),
        Fees = input.Fees.Select(f => new ProcedureFee { Name = f.Name.Trim(), AmountVnd = f.AmountVnd, Note = Blank(f.Note) }).ToList(),
        LegalBases = input.LegalBases.Select(b => new LegalBasis { Number = b.Number.Trim(), Title = b.Title?.Trim() ?? "", IssuedOn = b.IssuedOn }).ToList(),
        LegalBasisEffectiveDate = input.LegalBasisEffectiveDate,
        LevelIds = input.LevelCodes.Select(c => LevelsByCode[c.Trim()].Id).Distinct().ToList(),
        Agencies = input.Agencies.Select(a => (AgenciesByCode[a.AgencyCode.Trim()].Id, Enum.Parse<AgencyRole>(a.Role.Trim(), ignoreCase: true))).ToList(),
    };

    /// <summary>A version as input: what the edit form starts from and what the export writes.</summary>
    public ProcedureInput ToInput(string code, ProcedureVersion version)
    {
        var levels = Levels.ToDictionary(l => l.Id);
        var agencies = Agencies.ToDictionary(a => a.Id);
        return new ProcedureInput
        {
            Code = code,
            Name = version.Name,
            FieldCode = Fields.FirstOrDefault(f => f.Id == version.FieldId)?.Code ?? "",
            LevelCodes = version.Levels.Select(l => levels[l.LevelId]).OrderBy(l => l.SortOrder).Select(l => l.Code).ToList(),
            Agencies = version.Agencies.Select(a => (Agency: agencies[a.AgencyId], a.Role)).OrderBy(a => a.Role).ThenBy(a => a.Agency.Code, StringComparer.Ordinal)
                .Select(a => new AgencyInput { AgencyCode = a.Agency.Code, Role = a.Role.ToString() }).ToList(),
            Sequence = version.Sequence,
            Channels = FlagNames(version.Channels),
            DossierComponents = version.DossierComponents.Select(c => new DossierComponentInput
            {
                Name = c.Name,
                Forms = FlagNames(c.Form),
                Count = c.Count,
                IsRequired = c.IsRequired,
                FormTemplateName = c.FormTemplateName,
                FormTemplateUrl = c.FormTemplateUrl,
                ReusableFromWallet = c.ReusableFromWallet,
                Note = c.Note,
            }).ToList(),
            ProcessingTimeAmount = version.ProcessingTimeAmount,
            ProcessingTimeUnit = version.ProcessingTimeUnit.ToString(),
            CutOffTime = version.CutOffTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ProcessingTimeDescription = version.ProcessingTimeDescription,
            CutOffChannels = version.CutOffChannels is { } channels ? FlagNames(channels) : null,
            CutOffSource = version.CutOffSource,
            Subjects = version.Subjects,
            Result = version.Result,
            Requirements = version.Requirements,
            Location = version.Location,
            Fees = version.Fees.Select(f => new FeeInput { Name = f.Name, AmountVnd = f.AmountVnd, Note = f.Note }).ToList(),
            LegalBases = version.LegalBases.Select(b => new LegalBasisInput { Number = b.Number, Title = b.Title, IssuedOn = b.IssuedOn }).ToList(),
            LegalBasisEffectiveDate = version.LegalBasisEffectiveDate,
            OnlineLevel = version.OnlineLevel.ToString(),
            PartialOnlineReason = version.PartialOnlineReason,
            EForm = version.EForm is null ? null : EFormDefinition.Read(version.EForm).ToJson(),
        };
    }

    /// <summary>The names of the flags set in <paramref name="value"/>, in declaration order.</summary>
    public static List<string> FlagNames<T>(T value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => f.ToString()).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
