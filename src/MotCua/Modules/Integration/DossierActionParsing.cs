using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Integration;

/// <summary>Reads a <see cref="DossierActionRequest"/>'s names into the dossiers module's typed action (ADR-039).</summary>
internal static class DossierActionParsing
{
    /// <summary>The typed action, or null with the request's errors by JSON field name.</summary>
    public static (DossierCommandInput? Action, IReadOnlyList<RuleFailure> Errors) Parse(DossierActionRequest request)
    {
        var errors = new List<RuleFailure>();
        var command = ParseName<DossierCommand>(request.Action, "action", errors);
        var via = ParseName<ReturnMethod>(request.ReturnVia, "returnVia", errors);
        var fees = ParseName<FeeStatus>(request.Fees, "fees", errors);
        if (command is null && !errors.Exists(e => e.Field == "action"))
        {
            errors.Add(new RuleFailure("action", ResourceText.Get<IntegrationText>("Api_ActionRequired")));
        }

        if (errors.Count > 0 || command is not { } given)
        {
            return (null, errors);
        }

        return (new DossierCommandInput(
            given, request.TaskId, request.Revision, request.Comment, request.ResultNumber, request.ResultDate, ReturnVia: via, TrackingNumber: request.TrackingNumber,
            Fees: fees, RequestedOn: request.RequestedOn, AgencyId: request.AgencyId), []);
    }

    /// <summary>The JSON name of a <see cref="DossierCommandInput"/> property (<c>ResultNumber</c> → <c>resultNumber</c>).</summary>
    public static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static T? ParseName<T>(string? raw, string name, List<RuleFailure> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (TypedValues.TryNamed<T>(raw, out var value))
        {
            return value;
        }

        errors.Add(new RuleFailure(name, ResourceText.Get<IntegrationText>("Api_EnumInvalid", name, string.Join(", ", Enum.GetNames<T>()))));
        return null;
    }
}
