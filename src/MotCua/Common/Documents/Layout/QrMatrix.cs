using QRCoder;

namespace MotCua.Common.Documents.Layout;

/// <summary>The module matrix of a QR code (QRCoder, error correction M), without the quiet zone; true = dark.</summary>
internal static class QrMatrix
{
    public static bool[,] Create(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        const int quietZone = 4;
        var rows = data.ModuleMatrix;
        var size = rows.Count - (2 * quietZone);
        var matrix = new bool[size, size];
        for (var r = 0; r < size; r++)
        {
            for (var c = 0; c < size; c++)
            {
                matrix[r, c] = rows[r + quietZone][c + quietZone];
            }
        }

        return matrix;
    }
}
