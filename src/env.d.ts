/** What a page tells the components it renders: an embed page names its figure (src/lib/embeds.ts). */
declare namespace App {
  interface Locals {
    embed?: import('./lib/embeds').EmbedContext;
  }
}
