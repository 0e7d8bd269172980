using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>
/// Checks a <see cref="ProcedureInput"/> completely, with a message per member (a path such as <c>Fees[1].AmountVnd</c>), before anything is written. The edit form
/// and the import both require every component of NĐ 63/2010 Điều 8 khoản 2, so a saved draft can always be published.
/// </summary>
internal static class ProcedureInputValidator
{
    public const int MaxRowText = 1000;

    /// <summary>Removes the rows left entirely empty (an added row nobody filled in).</summary>
    public static void DropBlankRows(ProcedureInput input)
    {
        input.Agencies.RemoveAll(a => a.IsBlank);
        input.DossierComponents.RemoveAll(c => c.IsBlank);
        input.Fees.RemoveAll(f => f.IsBlank);
        input.LegalBases.RemoveAll(b => b.IsBlank);
        input.LevelCodes.RemoveAll(string.IsNullOrWhiteSpace);
        input.Channels.RemoveAll(string.IsNullOrWhiteSpace);
        input.CutOffChannels?.RemoveAll(string.IsNullOrWhiteSpace);
    }

    public static IReadOnlyList<RuleFailure> Validate(ProcedureInput input, CatalogReferences references, IStringLocalizer text)
    {
        var errors = new List<RuleFailure>();
        void Add(string member, string key, params object[] args) => errors.Add(new RuleFailure(member, text[key, args]));

        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0)
        {
            Add(nameof(input.Code), "V_CodeRequired");
        }
        else if (code.Length > Procedure.CodeMaxLength || code.Any(char.IsWhiteSpace))
        {
            Add(nameof(input.Code), "V_CodeInvalid", Procedure.CodeMaxLength);
        }

        RequireText(nameof(input.Name), input.Name, "V_NameRequired", 500);
        if (string.IsNullOrWhiteSpace(input.FieldCode))
        {
            Add(nameof(input.FieldCode), "V_FieldRequired");
        }
        else if (!references.FieldsByCode.ContainsKey(input.FieldCode.Trim()))
        {
            Add(nameof(input.FieldCode), "V_FieldUnknown", input.FieldCode.Trim());
        }

        if (input.LevelCodes.Count == 0)
        {
            Add(nameof(input.LevelCodes), "V_LevelRequired");
        }

        foreach (var level in input.LevelCodes.Where(l => !references.LevelsByCode.ContainsKey(l.Trim())))
        {
            Add(nameof(input.LevelCodes), "V_LevelUnknown", level.Trim());
        }

        if (input.Agencies.Count == 0)
        {
            Add(nameof(input.Agencies), "V_AgencyRequired");
        }

        var seenAgencies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Agencies.Count; i++)
        {
            var agency = input.Agencies[i];
            var member = $"{nameof(input.Agencies)}[{i}]";
            var agencyCode = agency.AgencyCode?.Trim() ?? "";
            if (agencyCode.Length == 0)
            {
                Add(member + ".AgencyCode", "V_AgencyCodeRequired");
            }
            else if (!references.AgenciesByCode.ContainsKey(agencyCode))
            {
                Add(member + ".AgencyCode", "V_AgencyUnknown", agencyCode);
            }
            else if (!seenAgencies.Add(agencyCode))
            {
                Add(member + ".AgencyCode", "V_AgencyDuplicate", agencyCode);
            }

            RequireEnum<AgencyRole>(member + ".Role", agency.Role);
        }

        RequireText(nameof(input.Sequence), input.Sequence, "V_SequenceRequired", null);
        if (input.Channels.Count == 0)
        {
            Add(nameof(input.Channels), "V_ChannelRequired");
        }

        foreach (var channel in input.Channels)
        {
            RequireFlag<SubmissionChannels>(nameof(input.Channels), channel);
        }

        if (input.DossierComponents.Count == 0)
        {
            Add(nameof(input.DossierComponents), "V_DossierRequired");
        }

        for (var i = 0; i < input.DossierComponents.Count; i++)
        {
            var component = input.DossierComponents[i];
            var member = $"{nameof(input.DossierComponents)}[{i}]";
            RequireText(member + ".Name", component.Name, "V_ComponentNameRequired", MaxRowText);
            if (component.Forms.Count(f => !string.IsNullOrWhiteSpace(f)) == 0)
            {
                Add(member + ".Forms", "V_ComponentFormRequired");
            }

            foreach (var form in component.Forms.Where(f => !string.IsNullOrWhiteSpace(f)))
            {
                RequireFlag<DocumentForm>(member + ".Forms", form);
            }

            if (component.Count is < 1 or > 100)
            {
                Add(member + ".Count", "V_ComponentCount");
            }

            MaxLength(member + ".FormTemplateName", component.FormTemplateName, MaxRowText);
            MaxLength(member + ".FormTemplateUrl", component.FormTemplateUrl, MaxRowText);
            MaxLength(member + ".Note", component.Note, MaxRowText);
        }

        var unitKnown = RequireEnum<DeadlineUnit>(nameof(input.ProcessingTimeUnit), input.ProcessingTimeUnit);
        var immediate = unitKnown && string.Equals(input.ProcessingTimeUnit.Trim(), nameof(DeadlineUnit.Immediate), StringComparison.OrdinalIgnoreCase);
        if (input.ProcessingTimeAmount < 0 || input.ProcessingTimeAmount > 3650 || (!immediate && input.ProcessingTimeAmount == 0))
        {
            Add(nameof(input.ProcessingTimeAmount), "V_ProcessingTimeAmount");
        }

        if (!TimeOnly.TryParseExact(input.CutOffTime?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Add(nameof(input.CutOffTime), "V_CutOffInvalid");
        }

        MaxLength(nameof(input.ProcessingTimeDescription), input.ProcessingTimeDescription, 1000);
        if (input.CutOffChannels is { } cutOffChannels)
        {
            foreach (var channel in cutOffChannels)
            {
                RequireFlag<SubmissionChannels>(nameof(input.CutOffChannels), channel);
            }

            if (cutOffChannels.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != cutOffChannels.Count)
            {
                Add(nameof(input.CutOffChannels), "V_CutOffChannelsRepeated");
            }
        }

        MaxLength(nameof(input.CutOffSource), input.CutOffSource, ProcessingTime.MaxCutOffSourceLength);
        RequireText(nameof(input.Subjects), input.Subjects, "V_SubjectsRequired", null);
        RequireText(nameof(input.Result), input.Result, "V_ResultRequired", null);
        MaxLength(nameof(input.Location), input.Location, 1000);

        for (var i = 0; i < input.Fees.Count; i++)
        {
            var fee = input.Fees[i];
            var member = $"{nameof(input.Fees)}[{i}]";
            RequireText(member + ".Name", fee.Name, "V_FeeNameRequired", MaxRowText);
            if (fee.AmountVnd < 0)
            {
                Add(member + ".AmountVnd", "V_FeeNegative");
            }

            MaxLength(member + ".Note", fee.Note, MaxRowText);
        }

        if (input.LegalBases.Count == 0)
        {
            Add(nameof(input.LegalBases), "V_LegalBasisRequired");
        }

        for (var i = 0; i < input.LegalBases.Count; i++)
        {
            var basis = input.LegalBases[i];
            var member = $"{nameof(input.LegalBases)}[{i}]";
            RequireText(member + ".Number", basis.Number, "V_LegalBasisNumberRequired", 100);
            MaxLength(member + ".Title", basis.Title, MaxRowText);
        }

        if (input.LegalBasisEffectiveDate is { } effective && (effective.Year < TypedValues.FirstYear || effective.Year > TypedValues.LastYear))
        {
            Add(nameof(input.LegalBasisEffectiveDate), "V_LegalBasisEffectiveYear", TypedValues.FirstYear, TypedValues.LastYear);
        }

        if (RequireEnum<OnlineServiceLevel>(nameof(input.OnlineLevel), input.OnlineLevel))
        {
            var level = Enum.Parse<OnlineServiceLevel>(input.OnlineLevel.Trim(), ignoreCase: true);

            // NĐ 42/2022 Điều 11: a service offered online must be submittable online.
            if (level != OnlineServiceLevel.None && !input.Channels.Any(c => string.Equals(c.Trim(), nameof(SubmissionChannels.Online), StringComparison.OrdinalIgnoreCase)))
            {
                Add(nameof(input.OnlineLevel), "V_OnlineNeedsChannel");
            }

            // NĐ 224/2026 Điều 14: a service offered only partly online publishes the reason.
            if (level == OnlineServiceLevel.Partial && string.IsNullOrWhiteSpace(input.PartialOnlineReason))
            {
                Add(nameof(input.PartialOnlineReason), "V_PartialReasonRequired");
            }
        }

        MaxLength(nameof(input.PartialOnlineReason), input.PartialOnlineReason, 1000);
        foreach (var problem in EFormDefinition.Parse(input.EForm).Errors)
        {
            errors.Add(new RuleFailure(nameof(input.EForm), problem));
        }

        return errors.AsResult();

        void RequireText(string member, string? value, string key, int? max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(member, key);
            }
            else if (max is { } limit)
            {
                MaxLength(member, value, limit);
            }
        }

        void MaxLength(string member, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
            {
                Add(member, "V_TooLong", max);
            }
        }

        bool RequireEnum<T>(string member, string? value)
            where T : struct, Enum
        {
            if (IsName<T>(value))
            {
                return true;
            }

            Add(member, "V_ValueNotAllowed", value?.Trim() ?? "", string.Join(", ", Enum.GetNames<T>()));
            return false;
        }

        void RequireFlag<T>(string member, string value)
            where T : struct, Enum
        {
            if (!IsName<T>(value) || string.Equals(value.Trim(), "None", StringComparison.OrdinalIgnoreCase))
            {
                Add(member, "V_ValueNotAllowed", value.Trim(), string.Join(", ", Enum.GetNames<T>().Where(n => n != "None")));
            }
        }
    }

    /// <summary>True when <paramref name="value"/> is the name (any case) of a member of <typeparamref name="T"/>; numbers are refused.</summary>
    public static bool IsName<T>(string? value)
        where T : struct, Enum =>
        value is not null && Enum.GetNames<T>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);
}
