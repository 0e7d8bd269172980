namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>Marker for the ledger's UI strings (LedgerText.resx, LedgerText.en.resx).</summary>
internal sealed class LedgerText;
