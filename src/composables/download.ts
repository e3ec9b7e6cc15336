/** Saves a file the API returned (base64 or text) through a Blob and a temporary <a download>. */
export function downloadFile(fileName: string, contentType: string, data: { base64: string } | { text: string }): void {
  let blob: Blob
  if ('base64' in data) {
    const bin = atob(data.base64)
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    blob = new Blob([bytes], { type: contentType })
  } else {
    blob = new Blob([data.text], { type: contentType })
  }
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
