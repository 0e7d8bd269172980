namespace MotCua.Modules.Organization.Admin;

/// <summary>A broken validation rule: the form field it belongs to and the <see cref="OrganizationText"/> key of its message.</summary>
internal sealed record RuleViolation(string Field, string MessageKey);
